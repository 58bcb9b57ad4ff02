#!/usr/bin/env bash
# Runs every test, as the README says: installs what the tests need when it is missing, then
# `mvn -B verify` under a virtual display (the GUI tests and the ImageJ -batch tests need one).
#
# Installed with apt-get (Debian/Ubuntu) only when missing:
#   xvfb, xauth                              a virtual display (xvfb-run)
#   maven                                    the build (Java 17+ must be there already)
#   python3-numpy python3-h5py python3-scipy the fixture generators, checked for reproducibility
#   python3-zarr python3-numcodecs           the zarr/Minian generator (zarr-python 2.x writes the stores)
#   python3-tifffile                         the ScanImage TIFF generator and the TIFF benchmark
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
/usr/bin/python3 -c 'import numpy' >/dev/null 2>&1 || missing+=(python3-numpy)
/usr/bin/python3 -c 'import h5py, scipy' >/dev/null 2>&1 || missing+=(python3-h5py python3-scipy)
/usr/bin/python3 -c 'import zarr, numcodecs' >/dev/null 2>&1 || missing+=(python3-zarr python3-numcodecs)
/usr/bin/python3 -c 'import tifffile' >/dev/null 2>&1 || missing+=(python3-tifffile)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

xvfb-run -a -s "-screen 0 1280x900x24" mvn -B verify "$@"
