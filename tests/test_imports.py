"""Importing battflow never imports cupy or dask_cuda, nor touches CUDA (a context made before
Dask-CUDA starts its workers would land every worker on GPU 0)."""

import subprocess
import sys
import textwrap


def test_no_gpu_modules_at_import_time():
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import battflow
        for info in pkgutil.walk_packages(battflow.__path__, "battflow."):
            if info.name.endswith("__main__"):
                continue
            importlib.import_module(info.name)
        gpu = {"cupy", "dask_cuda", "numba", "rmm"}
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in gpu)
        print(",".join(loaded))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_cli_info_runs_the_selfcheck():
    out = subprocess.run(
        [sys.executable, "-m", "battflow.cli", "info"], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "self-check passed" in out.stdout
