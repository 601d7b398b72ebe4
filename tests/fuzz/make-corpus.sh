#!/usr/bin/env bash
# Regenerates the seed corpora in tests/fuzz/corpus/<target>/ from tests/data/configs/*.json.
# fuzz_jsonparser and fuzz_configlint take the files as they are; fuzz_configeditor gets each file
# behind its 6-byte header (see fuzz_configeditor.cpp) three times, for three different edits.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=tests/fuzz/corpus
rm -rf "$out"
mkdir -p "$out/fuzz_jsonparser" "$out/fuzz_configlint" "$out/fuzz_configeditor"
i=0
for f in tests/data/configs/*.json; do
  name=$(basename "$f" .json)
  cp "$f" "$out/fuzz_jsonparser/$name.json"
  cp "$f" "$out/fuzz_configlint/$name.json"
  for v in 0 1 2; do
    op=$(( (i * 3 + v) % 11 ))
    # header: edit, index a, index b, bits, address, UrlChange parts
    printf "\\x$(printf %02x $op)\\x$(printf %02x $v)\\x$(printf %02x $((v + 1)))\\x$(printf %02x $((i * 37 % 256)))\\x$(printf %02x $((i + v)))\\x$(printf %02x $((i * 5 + v)))" \
      >"$out/fuzz_configeditor/$name-$v.bin"
    cat "$f" >>"$out/fuzz_configeditor/$name-$v.bin"
  done
  i=$((i + 1))
done
