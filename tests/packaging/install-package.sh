#!/bin/bash
# Installs the package with dpkg -i into a throwaway copy of this Debian 12 system: an
# overlay over / in a private mount namespace, so that dpkg checks the dependencies
# against the system's own packages and runs its triggers, and nothing reaches the real
# system. Then, from the installed files: postel-cli --version, man -w, the GUI under
# Xvfb; and dpkg -r removes it all again.
# Usage: install-package.sh DEB SCRATCH_DIR VERSION
# Exit 77 (ctest: skipped) when this cannot be done here (not root, no overlayfs).
set -euo pipefail

if [ "${1:-}" != "--inside" ]; then
    DEB=$1
    SCRATCH=$2
    [ -s "$DEB" ] || { echo "FAIL: $DEB is missing (the 'package' test makes it)" >&2; exit 1; }
    if [ "$(id -u)" -ne 0 ]; then
        echo "SKIP: installing with dpkg into an overlay of / needs root (the CI runs as root)"
        exit 77
    fi
    rm -rf "$SCRATCH"
    mkdir -p "$SCRATCH"
    if ! unshare --mount --fork true 2>/dev/null; then
        echo "SKIP: no private mount namespace here (unshare --mount failed)"
        exit 77
    fi
    exec unshare --mount --fork -- "$0" --inside "$@"
fi

shift
DEB=$1
SCRATCH=$2
VERSION=$3
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

# --- a copy of this system to install into ------------------------------------------------
mount --make-rprivate /
mkdir -p "$SCRATCH/layers"
mount -t tmpfs tmpfs "$SCRATCH/layers"
mkdir -p "$SCRATCH/layers/upper" "$SCRATCH/layers/work" "$SCRATCH/layers/root"
target=$SCRATCH/layers/root
if ! mount -t overlay overlay \
        -o "lowerdir=/,upperdir=$SCRATCH/layers/upper,workdir=$SCRATCH/layers/work" "$target"; then
    echo "SKIP: cannot mount an overlay over / here"
    exit 77
fi
mount -t proc proc "$target/proc"
mount --rbind /dev "$target/dev"
mount --rbind /sys "$target/sys"
mount -t tmpfs tmpfs "$target/tmp"
in_root() { chroot "$target" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp/home \
    LANG=C.UTF-8 LANGUAGE=en XDG_RUNTIME_DIR=/tmp/run "$@"; }
if [ -e "$target/usr/bin/postel" ] || in_root dpkg -s postel >/dev/null 2>&1; then
    echo "FAIL: postel is already installed on this system; this test installs the package" >&2
    exit 1
fi
cp "$DEB" "$target/tmp/postel.deb"
mkdir -p "$target/tmp/home/.config/Postel" "$target/tmp/run"
chmod 700 "$target/tmp/run"
printf '[sandbox]\nautostart=false\n' >"$target/tmp/home/.config/Postel/Postel.conf"

# --- install -------------------------------------------------------------------------------
SECONDS=0
if in_root dpkg -i /tmp/postel.deb >"$SCRATCH/dpkg-install.log" 2>&1; then
    ok "dpkg -i installed the package in ${SECONDS}s (dependencies satisfied by this system)"
else
    cat "$SCRATCH/dpkg-install.log" >&2
    echo "FAIL: dpkg -i postel.deb" >&2
    exit 1
fi
status=$(in_root dpkg-query -W -f='${Status} ${Version}' postel)
[ "$status" = "install ok installed $VERSION" ] && ok "dpkg: $status" || fail "dpkg: $status"

v=$(in_root /usr/bin/postel-cli --version) || fail "postel-cli --version exited $?"
[ "$v" = "postel-cli $VERSION" ] && ok "/usr/bin/postel-cli --version: $v" \
    || fail "/usr/bin/postel-cli --version said '$v'"
if grep -qs '^path-exclude.*/usr/share/man' /etc/dpkg/dpkg.cfg.d/*; then
    echo "note: this system's dpkg leaves man pages out (path-exclude): man -w not checked"
else for page in postel postel-cli postel-sandbox; do
    where=$(in_root man -w "$page" 2>&1) && [ "$where" = "/usr/share/man/man1/$page.1.gz" ] \
        && ok "man -w $page: $where" || fail "man -w $page: $where"
done; fi

# --- the installed GUI under Xvfb (the X socket is abstract: the chroot reaches it) --------
"$(dirname "$0")/gui-comes-up.sh" "$SCRATCH/gui" "the installed GUI" \
    sh -c 'exec chroot "$0" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp/home LANG=C.UTF-8 \
        LANGUAGE=en XDG_RUNTIME_DIR=/tmp/run DISPLAY="$DISPLAY" QT_QPA_PLATFORM=xcb /usr/bin/postel' \
    "$target" || failures=$((failures + 1))

# --- remove --------------------------------------------------------------------------------
if in_root dpkg -r postel >"$SCRATCH/dpkg-remove.log" 2>&1; then
    left=$(cd "$target" && ls usr/bin/postel usr/bin/postel-cli usr/bin/postel-sandbox \
        usr/share/applications/org.postel.Postel.desktop usr/share/man/man1/postel-cli.1.gz 2>/dev/null || true)
    [ -z "$left" ] && ok "dpkg -r removed it" || fail "dpkg -r left: $left"
else
    cat "$SCRATCH/dpkg-remove.log" >&2
    fail "dpkg -r postel"
fi

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
