#!/usr/bin/env bash
# Runs a command (default: the README's test command) in a fresh clone of this
# repository's HEAD inside a brand-new minimal Debian 12 root (debootstrap minbase), as
# root. Nothing is installed there but Debian's essential packages, so a package that the
# set-up forgets to install makes the command fail here instead of on a user's machine.
#   tools/fresh-debian.sh [COMMAND...]      exit status: COMMAND's
#   FRESH_DEBIAN_CACHE  where the pristine root is kept between runs (default ~/.cache/pml-fresh-debian)
#   FRESH_DEBIAN_KEEP=1 keep the used root afterwards (its path is printed)
set -euo pipefail
[[ $(id -u) -eq 0 ]] || { echo "fresh-debian: run as root (debootstrap and chroot need it)" >&2; exit 2; }
top=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
cmd=("$@")
((${#cmd[@]})) || cmd=(bash tools/setup.sh test)
cache=${FRESH_DEBIAN_CACHE:-$HOME/.cache/pml-fresh-debian}
pristine=$cache/bookworm

debian_mirror() {
    # The mirror this machine's apt already uses (deb822 or one-line sources).
    local mirror
    mirror=$(awk '/^URIs:/ && !/security/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    [[ -n $mirror ]] || mirror=$(awk '$1 == "deb" && !/security/ {print $2; exit}' \
        /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)
    echo "${mirror:-http://deb.debian.org/debian}"
}

make_pristine_root() {
    command -v debootstrap >/dev/null ||
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
    rm -rf --one-file-system "$pristine"
    mkdir -p "$cache"
    echo "fresh-debian: creating a minimal Debian 12 root"
    if ! debootstrap --variant=minbase bookworm "$pristine" "$(debian_mirror)" >"$cache/debootstrap.log" 2>&1; then
        tail -n 5 "$cache/debootstrap.log" >&2
        exit 2
    fi
    touch "$pristine/.complete"
}

[[ -f $pristine/.complete ]] || make_pristine_root
root=$(mktemp -d "${TMPDIR:-/tmp}/pml-fresh-debian.XXXXXX")
cleanup() {
    for m in dev/pts dev proc sys; do umount -l "$root/$m" 2>/dev/null || true; done
    if [[ ${FRESH_DEBIAN_KEEP:-0} == 1 ]]; then
        echo "fresh-debian: root kept at $root" >&2
    else
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT
cp -a "$pristine/." "$root/"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mkdir -p "$root/work"
git clone -q --no-hardlinks "$top" "$root/work/pml-tracker"
printf -v quoted '%q ' "${cmd[@]}"
echo "fresh-debian: running in a clean Debian 12 root: $quoted"
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 CI="${CI:-}" bash -c "cd /work/pml-tracker && $quoted"
