#!/bin/bash
# The Debian package as a user gets it: built by CPack from this build, its metadata
# validated, its dependencies those dpkg-shlibdeps found (and complete), and the programs
# run from the unpacked files: postel-cli --version, postel-sandbox --version, the man
# pages against the programs' --help, and the GUI coming up under Xvfb.
# Usage: check-package.sh BUILD_DIR SCRATCH_DIR VERSION
# Leaves SCRATCH_DIR/postel.deb for install-package.sh.
set -euo pipefail

BUILD=$1
SCRATCH=$2
VERSION=$3
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 not found (apt-get install -y $2; see scripts/deps.sh)" >&2; exit 1; }; }
need cpack cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need man man-db
need Xvfb xvfb
need xdotool xdotool

rm -rf "$SCRATCH"
mkdir -p "$SCRATCH"

# --- the package -------------------------------------------------------------------------
SECONDS=0
if ! cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$SCRATCH/cpack" >"$SCRATCH/cpack.log" 2>&1; then
    cat "$SCRATCH/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
fi
deb=$(ls "$SCRATCH"/cpack/postel_"$VERSION"_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { cat "$SCRATCH/cpack.log" >&2; echo "FAIL: no postel_${VERSION}_*.deb" >&2; exit 1; }
cp "$deb" "$SCRATCH/postel.deb"
ok "cpack built $(basename "$deb") ($(stat -c %s "$deb") bytes) in ${SECONDS}s"

info=$(dpkg-deb --info "$deb")
echo "$info" | sed -n '/^ Package:/,$p'
depends=$(dpkg-deb -f "$deb" Depends)
[ "$(dpkg-deb -f "$deb" Package)" = postel ] || fail "package name is not postel"
[ "$(dpkg-deb -f "$deb" Version)" = "$VERSION" ] || fail "package version is not $VERSION"
# dpkg-shlibdeps writes versioned dependencies from the libraries' symbols files.
for pkg in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libgmime-3.0-0 libqt6keychain1; do
    echo "$depends" | grep -Eq "(^|, )$pkg \(>= [0-9][^)]*\)" \
        || fail "Depends has no versioned $pkg (dpkg-shlibdeps did not run?): $depends"
done

# --- unpacked ----------------------------------------------------------------------------
root=$SCRATCH/root
dpkg-deb -x "$deb" "$root"
for f in usr/bin/postel usr/bin/postel-cli usr/bin/postel-sandbox \
         usr/share/applications/org.postel.Postel.desktop \
         usr/share/metainfo/org.postel.Postel.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.postel.Postel.svg \
         usr/share/man/man1/postel.1.gz usr/share/man/man1/postel-cli.1.gz \
         usr/share/man/man1/postel-sandbox.1.gz \
         usr/share/doc/postel/copyright usr/share/doc/postel/changelog.gz; do
    [ -e "$root/$f" ] || fail "not in the package: /$f"
done
for b in postel postel-cli postel-sandbox; do
    readelf -d "$root/usr/bin/$b" | grep -Eq 'R(UN)?PATH' && fail "/usr/bin/$b has an RPATH"
done

# Every library a program needs comes from a package the control file depends on.
depends_names=$(echo "$depends" | tr ',' '\n' | sed 's/^ *//; s/[ (].*//')
before=$failures
for b in postel postel-cli postel-sandbox; do
    while read -r lib; do
        path=$(ldd "$root/usr/bin/$b" | awk -v l="$lib" '$1 == l {print $3}')
        [ -n "$path" ] || { [ "${lib#ld-linux}" != "$lib" ] && continue; fail "$b: $lib not found"; continue; }
        # dpkg knows a library by the path its package ships (/lib or /usr/lib, a link or
        # the file itself), so ask for both.
        owner=""
        for p in "$path" "$(readlink -f "$path")"; do
            [ -n "$owner" ] || owner=$(dpkg -S "$p" 2>/dev/null | head -n 1 | cut -d: -f1 || true)
        done
        [ -n "$owner" ] || { fail "$b: no package owns $path"; continue; }
        echo "$depends_names" | grep -qxF "$owner" \
            || fail "$b needs $lib from $owner, which Depends does not name"
    done < <(readelf -d "$root/usr/bin/$b" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
done
[ "$failures" -eq "$before" ] && ok "every library the programs link comes from a package in Depends"

# --- metadata ----------------------------------------------------------------------------
desktop=$root/usr/share/applications/org.postel.Postel.desktop
metainfo=$root/usr/share/metainfo/org.postel.Postel.metainfo.xml
desktop-file-validate "$desktop" && ok "desktop-file-validate" || fail "desktop-file-validate"
appstreamcli validate --no-net "$metainfo" && ok "appstreamcli validate --no-net" \
    || fail "appstreamcli validate --no-net"
grep -q "^Exec=postel\b" "$desktop" || fail "the desktop file does not run postel"
grep -q "^Icon=org.postel.Postel$" "$desktop" || fail "the desktop file's icon is not org.postel.Postel"
grep -q '<launchable type="desktop-id">org.postel.Postel.desktop</launchable>' "$metainfo" \
    || fail "the metainfo does not launch org.postel.Postel.desktop"
newest=$(grep -m1 -o '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)
[ "$newest" = "$VERSION" ] || fail "the newest release in the metainfo is $newest, not $VERSION"
grep -q "<screenshot" "$metainfo" || fail "no screenshots in the metainfo"

# --- the programs, run from the unpacked files -----------------------------------------
export HOME=$SCRATCH/home XDG_CONFIG_HOME=$SCRATCH/home/.config XDG_DATA_HOME=$SCRATCH/home/.local/share
export XDG_RUNTIME_DIR=$SCRATCH/run LANGUAGE=en LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
v=$("$root/usr/bin/postel-cli" --version) || fail "postel-cli --version exited $?"
[ "$v" = "postel-cli $VERSION" ] && ok "postel-cli --version: $v" || fail "postel-cli --version said '$v'"
v=$("$root/usr/bin/postel-sandbox" --version) || fail "postel-sandbox --version exited $?"
[ "$v" = "Postel $VERSION" ] && ok "postel-sandbox --version: $v" || fail "postel-sandbox --version said '$v'"

# --- man pages: clean, and listing exactly the options of the program --------------------
for page in postel postel-cli postel-sandbox; do
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
        man --warnings -E UTF-8 -l -Tutf8 -Z "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man $page: $warnings"
done
for b in postel-cli postel-sandbox; do
    from_help=$("$root/usr/bin/$b" --help | grep -oE '^  (-[a-z], )?--[a-z0-9-]+' | grep -oE -- '--[a-z0-9-]+' | sort)
    from_man=$(zcat "$root/usr/share/man/man1/$b.1.gz" | sed -n '/^\.SH OPTIONS/,/^\.SH /p' \
        | grep -A1 '^\.TP' | grep -oE '\\fB(\\-|[a-z0-9])+' | sed 's/\\fB//; s/\\-/-/g' \
        | grep -- '^--' | sort)
    [ -n "$from_help" ] || fail "$b --help lists no options"
    if [ "$from_help" = "$from_man" ]; then
        ok "man $b lists the $(echo "$from_help" | wc -l) options of $b --help"
    else
        fail "man $b and $b --help differ: $(diff <(echo "$from_help") <(echo "$from_man") | grep '^[<>]' | tr '\n' ' ')"
    fi
done

# --- the GUI comes up under Xvfb --------------------------------------------------------
# A first start: no settings yet, no sandbox port taken from other tests.
mkdir -p "$XDG_CONFIG_HOME/Postel"
printf '[sandbox]\nautostart=false\n' >"$XDG_CONFIG_HOME/Postel/Postel.conf"
QT_QPA_PLATFORM=xcb "$(dirname "$0")/gui-comes-up.sh" "$SCRATCH/gui" "the GUI" "$root/usr/bin/postel" \
    || failures=$((failures + 1))

echo "checked in ${SECONDS}s"
[ "$failures" -eq 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
