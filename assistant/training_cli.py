"""`cloze train` / `cloze export`: thin wrappers that import training/ (and torch) only when run."""
from __future__ import annotations

import json
from pathlib import Path

import click


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def train(ctx: click.Context) -> None:
    """Pretrain from raw text; all options are those of `python -m training --help`.

    Resumes from the run folder's checkpoint when there is one.  For several
    GPUs or machines use `torchrun --nproc-per-node N -m training ...`.
    """
    from training.corpus import CorpusError
    from training.pretrain import main

    try:
        main(ctx.args)
    except CorpusError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command()
@click.option("--run-dir", required=True, type=click.Path(exists=True, file_okay=False), help="a training run folder")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="model folder to write")
@click.option("--int8/--no-int8", default=True,
              help="also write model.int8.onnx (served on CPU; kept at >= 98% MLM / 99% edit agreement)")
def export(run_dir: str, out: str, int8: bool) -> None:
    """Export a run to ONNX, check parity, write the manifest."""
    from training.export import export as do_export

    manifest = do_export(Path(run_dir), Path(out), int8=int8)
    click.echo(json.dumps({k: manifest[k] for k in ("quantization", "parity", "latency_cpu", "dev_metrics")},
                          indent=1))
