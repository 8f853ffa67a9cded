"""`battflow bench` on a tiny workload: every column is timed and the outcomes agree."""

from click.testing import CliRunner

from battflow.cli import main


def test_bench_times_the_reference_the_pool_and_battflow(project):
    project()  # writes the task folder and the programs
    result = CliRunner().invoke(
        main,
        ["bench", "--programs", "progs", "--source", "tasks", "--samples", "0", "--workers", "2"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    for row in ("reference (1 core)", "reference (pool)", "battflow numpy"):
        assert row in result.output
    assert "vs the pool" in result.output and "parity mismatches 0 of" in result.output
