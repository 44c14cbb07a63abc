#!/bin/sh
# Part of NewsData.Generators.targets (NewsDataCheckArticleFiles), run in the folder it writes paths.txt to:
# one article path per line, none holding a line break (such paths are set aside before). Appends to
#   not-regular.txt  the paths that are not regular files with content: pipes, devices, folders, links to
#                    nothing, empty files (find -L follows links, so a link to nothing is of type l);
#   too-large.txt    the paths of files with more than $1 bytes.
# One find over every article (paths pass NUL-separated, never through the shell); printf runs only for matches.
tr '\n' '\000' < paths.txt | xargs -0 sh -c '
  max=$1
  shift
  find -L "$@" -maxdepth 0 \( ! -type f -o -size 0 \) -exec sh -c '\''printf "%s\n" "$@" >> not-regular.txt'\'' sh {} + \
    -o -size +"$max"c -exec sh -c '\''printf "%s\n" "$@" >> too-large.txt'\'' sh {} +' sh "$1" 2>/dev/null
exit 0
