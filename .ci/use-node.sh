# Puts Node 24 first on PATH when the machine's Node is older than Slidev's floor (22.12);
# source it from .ci/run or a shell: `. .ci/use-node.sh`. The npm registry ships Node itself
# as node-<os>-<arch> (bin/node, no install script), packed once into a cache outside the repo.
# Never exits, so it is safe under `set -eu` and in an interactive shell.
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)' 2>/dev/null; then
  deck_os=$(uname -s | tr '[:upper:]' '[:lower:]')
  deck_arch=$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')
  deck_dir="${DECK_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/shum-deck}/node-$deck_os-$deck_arch-24"
  echo "use-node: Node $(node --version 2>/dev/null || echo missing) is older than 22.12; using Node 24 from $deck_dir"
  if [ ! -x "$deck_dir/package/bin/node" ]; then
    rm -rf "$deck_dir" && mkdir -p "$deck_dir" \
      && deck_tgz=$(cd "$deck_dir" && npm pack --silent "node-$deck_os-$deck_arch@24") \
      && tar xzf "$deck_dir/$deck_tgz" -C "$deck_dir" && rm -f "$deck_dir/$deck_tgz" \
      || echo "use-node: could not get node-$deck_os-$deck_arch@24 from the npm registry" >&2
  fi
  "$deck_dir/package/bin/node" --version >/dev/null && export PATH="$deck_dir/package/bin:$PATH" && hash -r
  unset deck_os deck_arch deck_dir deck_tgz
fi
