#!/bin/sh
# Part of NewsData.Generators.targets (_NewsDataRunFileCheck): checks the article paths in paths.txt, in the
# folder it runs in, one full path a line; $1 is the most bytes an article may have. Appends to
#   unpassable.txt   the paths the compiler's command line cannot carry (a control character, " or |);
#   not-regular.txt  the paths that are not regular files with content: pipes, devices, folders, links to
#                    nothing, empty files (find -L follows links, so a link to nothing is of type l);
#   too-large.txt    the paths of files with more than $1 bytes;
#   missing.txt      the paths of nothing at all (only when find says some path is not there).
# One find looks at every article, paths passed NUL-separated, never through the shell; any other process runs
# only when something fails. A line break in a name splits its line: the pieces are not there, or not regular
# files, and the targets then look at the articles one by one.
set -u
rm -f unpassable.txt not-regular.txt too-large.txt missing.txt found.txt
odd="*[$(printf '\001-\037')\"|]*"

if ! tr '\n' '\000' < paths.txt | xargs -0 sh -c '
    max=$1 odd=$2
    shift 2
    find -L "$@" -maxdepth 0 \
      \( -path "$odd" -exec sh -c '\''printf "%s\n" "$@" >> unpassable.txt'\'' sh {} + \) \
      -o \( ! -type f -o -size 0 \) -exec sh -c '\''printf "%s\n" "$@" >> not-regular.txt'\'' sh {} + \
      -o -size +"$max"c -exec sh -c '\''printf "%s\n" "$@" >> too-large.txt'\'' sh {} +' sh "$1" "$odd" 2>/dev/null
then
  tr '\n' '\000' < paths.txt | xargs -0 sh -c 'find -L "$@" -maxdepth 0 -print' sh > found.txt 2>/dev/null
  LC_ALL=C grep -avxF -f found.txt paths.txt > missing.txt
fi
exit 0
