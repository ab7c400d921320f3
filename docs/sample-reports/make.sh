#!/bin/sh
# Remake the sample reports from the bundled story (run from anywhere; needs storydiff and pdftoppm).
set -e
cd "$(dirname "$0")"
story=../../resources/samples/newsweek-2023-01-17-isw-mobilization
title="ISW: Putin may announce a second mobilization (Newsweek, 17 January 2023)"
for format in html pdf md json csv; do
    storydiff report "$story.txt" "$story.revised.txt" --title "$title" -o "sample-report.$format"
done
rm -f sample-report-page-*.png
pdftoppm -r 100 -png sample-report.pdf sample-report-page
