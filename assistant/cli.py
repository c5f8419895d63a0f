"""`cloze`: the command-line entry point.

A thin shell: each command lives next to the code it drives and is imported
only when used, so `cloze check` never imports the server and `cloze serve`
never imports torch.
"""
from __future__ import annotations

import importlib

import click

COMMANDS = {
    "serve": ("assistant.server.cli", "serve", "Start the editor and the HTTP API (LanguageTool-compatible /v2, /api/v1)."),
    "check": ("assistant.batch.cli", "check", "Check files or stdin and report suggestions."),
    "fix": ("assistant.batch.cli", "fix", "Apply confident suggestions to files (diff by default)."),
    "bench": ("assistant.bench", "bench", "Measure quality on the dev sets and speed."),
    "train": ("assistant.training_cli", "train", "Pretrain the model from raw text (needs the training install)."),
    "export": ("assistant.training_cli", "export", "Export a trained run to an ONNX model folder."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr, _ = COMMANDS[name]
        return getattr(importlib.import_module(module), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, COMMANDS[name][2]) for name in sorted(COMMANDS)])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cloze-assistant")
def cli() -> None:
    """Cloze: a private, offline writing assistant."""


def main() -> None:
    cli()
