#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs (offscreen and on a real or virtual X screen).
# As root it runs apt-get; otherwise it prints the exact sudo line and stops.
set -euo pipefail
PKGS=(libglib2.0-0 libgl1 libxkbcommon0 libegl1 libfreetype6 libfontconfig1 libdbus-1-3 fonts-dejavu-core
      xvfb xauth xclip libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
      libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0)
command -v dpkg-query >/dev/null || { echo "Not a Debian/Ubuntu system: install Qt 6's runtime libraries yourself."; exit 0; }
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system libraries: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Replygem needs these system libraries. Run:"
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
  exit 1
fi
