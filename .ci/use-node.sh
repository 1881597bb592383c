# Puts Node 24 first on PATH when the machine's Node is older than Slidev's
# floor (22.12). Source it, from .ci/run or from a shell to work on 24:
#   . .ci/use-node.sh
# The npm registry ships Node itself as the package node-<os>-<arch> (its
# bin/node, no install script). It is packed once into a cache folder outside
# the repository; npm is the machine's own npm, run by that node.
# Works under `set -eu` and in an interactive shell alike: it never exits.

deck_node_floor="22.12.0"
deck_node_major="24"

deck_node_is_old() {
  # true when the node on PATH is missing or older than $deck_node_floor
  command -v node >/dev/null 2>&1 || return 0
  node -e "
    const [a, b, c] = process.versions.node.split('.').map(Number)
    const [x, y, z] = process.argv[1].split('.').map(Number)
    process.exit(a > x || (a === x && (b > y || (b === y && c >= z))) ? 1 : 0)
  " "$deck_node_floor"
}

deck_node_use() {
  local os arch dir tarball
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) echo "use-node: no Node package for $(uname -s); install Node $deck_node_major yourself" >&2; return 1 ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "use-node: no Node package for $(uname -m); install Node $deck_node_major yourself" >&2; return 1 ;;
  esac
  dir="${DECK_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/shum-deck}/node-$os-$arch-$deck_node_major"
  if [ ! -x "$dir/package/bin/node" ]; then
    echo "use-node: fetching node-$os-$arch@$deck_node_major from the npm registry into $dir"
    rm -rf "$dir" && mkdir -p "$dir" || return 1
    tarball="$(cd "$dir" && npm pack --silent "node-$os-$arch@$deck_node_major")" || {
      echo "use-node: npm pack node-$os-$arch@$deck_node_major failed" >&2
      return 1
    }
    tar xzf "$dir/$tarball" -C "$dir" && rm -f "$dir/$tarball" || return 1
  fi
  "$dir/package/bin/node" --version >/dev/null || {
    echo "use-node: $dir/package/bin/node does not run" >&2
    return 1
  }
  PATH="$dir/package/bin:$PATH"
  export PATH
  hash -r 2>/dev/null || true
}

if deck_node_is_old; then
  echo "use-node: Node $(node --version 2>/dev/null || echo missing) is older than $deck_node_floor"
  deck_node_use
fi
unset -f deck_node_is_old deck_node_use
unset deck_node_floor deck_node_major
