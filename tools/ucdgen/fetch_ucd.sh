#!/bin/sh
# Assembles the UCD directory gen_unicode_tables.py reads (16.0.0 with a 3.2.0/ subdirectory)
# from unicode-org/unicodetools, which keeps every released UCD in
# unicodetools/data/ucd/<version>/ (a blobless sparse clone: only the needed files come).
#   tools/ucdgen/fetch_ucd.sh DEST            then
#   python3 tools/ucdgen/gen_unicode_tables.py DEST
#   KRAIT_UCD_DIR=DEST cargo test -p krait_unicode   (freshness + NormalizationTest.txt)
# Other sources of the same files: unicode.org's Public/16.0.0/ucd/UCD.zip and
# Public/3.2-Update/ (UnicodeData-3.2.0.txt, EastAsianWidth-3.2.0.txt), or Debian's
# unicode-data 16.0.0 package (/usr/share/unicode) for the 16.0.0 part.
set -eu
dest=$1
tmp=$(mktemp -d)
git clone -q --depth 1 --filter=blob:none --sparse https://github.com/unicode-org/unicodetools "$tmp/ut"
git -C "$tmp/ut" sparse-checkout set --no-cone \
    '/unicodetools/data/ucd/16.0.0/*.txt' '/unicodetools/data/ucd/16.0.0/extracted/DerivedNumericValues.txt' \
    '/unicodetools/data/ucd/3.2.0-Update/UnicodeData.txt' '/unicodetools/data/ucd/3.2.0-Update/EastAsianWidth.txt'
src=$tmp/ut/unicodetools/data/ucd
mkdir -p "$dest/extracted" "$dest/3.2.0"
for f in UnicodeData DerivedCoreProperties DerivedNormalizationProps EastAsianWidth LineBreak \
         SpecialCasing CaseFolding NameAliases NamedSequences NormalizationTest; do
    cp "$src/16.0.0/$f.txt" "$dest/"
done
cp "$src/16.0.0/extracted/DerivedNumericValues.txt" "$dest/extracted/"
cp "$src/3.2.0-Update/UnicodeData.txt" "$src/3.2.0-Update/EastAsianWidth.txt" "$dest/3.2.0/"
rm -rf "$tmp"
