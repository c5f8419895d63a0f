#!/usr/bin/env bash
# One resumed pretraining session on a rented GPU machine that sees only the working tree.
# Before the call, on the development machine (all of it under the git-ignored .carry/):
#   .carry/corpus/   train shards + dev.txt.xz        (cp ../shared/data/corpus/...)
#   .carry/run/      the run's tokenizer, lexicon, inflections, confusables, log
#   .carry/weights/  python -m training.transfer pack runs/cloze-base .carry/weights --xz
#                    (no runs/cloze-base on this machine? first: python -m training.transfer from-model
#                    exports/cloze-base runs/cloze-base --recipe training/recipes/base.toml)
# After it: python -m training.transfer unpack <returned folder> runs/cloze-base
# MINUTES, WORKERS, DEVICE and BATCH override the defaults (the GPU session's).
set -euo pipefail
export PYTHONUNBUFFERED=1
OUT=${OUT:?set OUT to the folder that comes back}
PY=${PYTHON:-python3}
run=runs/cloze-base
mkdir -p "$run"
cp .carry/run/* "$run"/
$PY -m training.transfer unpack .carry/weights "$run"
nvidia-smi --query-gpu=name,memory.total --format=csv 2>/dev/null || true
# `timeout` leaves room to pack the last checkpoint (written every eval_every steps) if training overruns
timeout "${LIMIT:-520}" $PY -m training --recipe training/recipes/gpu.toml --run-dir "$run" \
  --max-minutes "${MINUTES:-7}" --workers "${WORKERS:-14}" --training-data-only \
  ${DEVICE:+--device "$DEVICE"} ${BATCH:+--batch-size "$BATCH"} 2>&1 | tr '\r' '\n' | grep -v 'step/s' | tee "$OUT/train.log" || true
$PY -m training.transfer pack "$run" "$OUT"
cp "$run/log.jsonl" "$OUT/"
ls -la "$OUT"
