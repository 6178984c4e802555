#!/bin/bash
# Installs what Postel needs to build, test and run on Debian 12, if anything is missing.
# Used by scripts/run-gui.sh and scripts/run-tests.sh (and so by CI).
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 qt6-translations-l10n libgmime-3.0-dev qtkeychain-qt6-dev
    libgl-dev libvulkan-dev libxkbcommon-dev libssl-dev qt6-networkauth-dev
    # tests: real third-party servers and clients, certificates
    python3 python3-aiosmtpd exim4-daemon-heavy openssl ca-certificates
    python3-authlib
    swaks libnet-ssleay-perl libio-socket-ssl-perl libio-socket-inet6-perl curl
    # running the GUI without a display, screenshots, fonts, driving it
    xvfb xauth imagemagick fonts-dejavu-core xdotool
    # accessibility events as a screen reader hears them: a D-Bus session and the AT-SPI bus
    dbus at-spi2-core
    # packaging: the .deb's dependencies (dpkg-shlibdeps), its metadata validators, man
    # pages checked with man-db
    dpkg-dev file desktop-file-utils appstream man-db
    # fuzzing: clang's libFuzzer and sanitizer runtimes
    clang libclang-rt-14-dev
    # MX tests: a real DNS server on loopback
    dnsmasq-base
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo=sudo
fi
export DEBIAN_FRONTEND=noninteractive
# Debian's exim4 package would start a system MTA on port 25; the tests run their own.
if [ ! -e /usr/sbin/policy-rc.d ] && [ -n "${CI:-}" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
    $sudo chmod +x /usr/sbin/policy-rc.d
    trap '$sudo rm -f /usr/sbin/policy-rc.d' EXIT
fi
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
