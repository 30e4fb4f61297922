#!/usr/bin/env bash
# Offline checks of the ops files (docker/, k8s/, monitoring/). CI: `npm run check:ops`.
#
#   1. promtool check config  monitoring/prometheus/prometheus.yml   (+ the rule files it loads)
#   2. promtool check rules   monitoring/prometheus/alerts.yml
#   3. promtool test rules    monitoring/prometheus/alerts.test.yml  (every alert fires / stays quiet)
#   4. amtool check-config    monitoring/alertmanager/alertmanager.yml (only if amtool is installed)
#   5. node scripts/validate-k8s.mjs k8s      kubernetes-models validation + unknown fields + cross-refs
#   6. node scripts/validate-k8s.mjs compose  docker/compose.yaml against the official Compose
#                                             Specification schema (scripts/compose-schema.mjs), then
#                                             Dockerfile, .dockerignore, scrape jobs
#   7. node scripts/validate-k8s.mjs grafana  provisioning + dashboard JSON
#   8. node scripts/validate-k8s.mjs metrics  every metric referenced in monitoring/** (and the KEDA
#                                             query) is listed in monitoring/metrics.txt
#
# promtool comes from Debian's `prometheus` package; it is installed on the fly when missing and
# we are root (CI runs as root). Every step runs; the exit code is non-zero if any step failed.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

failures=()
passed=()

step() {
  local name="$1"
  shift
  echo
  echo "---- ${name}"
  echo "\$ $*"
  if "$@"; then
    passed+=("${name}")
  else
    echo "FAILED: ${name}"
    failures+=("${name}")
  fi
}

ensure_promtool() {
  command -v promtool >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "promtool not found: installing Debian package 'prometheus' (promtool only is used)…"
    export DEBIAN_FRONTEND=noninteractive
    if apt-get update -qq >/tmp/check-ops-apt.log 2>&1 &&
      apt-get install -y -qq --no-install-recommends prometheus >>/tmp/check-ops-apt.log 2>&1; then
      command -v promtool >/dev/null 2>&1 && return 0
    fi
    echo "apt-get install prometheus failed; last lines of /tmp/check-ops-apt.log:"
    tail -n 20 /tmp/check-ops-apt.log
    return 1
  fi
  echo "promtool not found and cannot install it (not root / no apt-get)." >&2
  echo "Install it: apt-get install prometheus, or download promtool from the Prometheus release." >&2
  return 1
}

if [ ! -d node_modules/kubernetes-models ] || [ ! -d node_modules/yaml ] ||
  [ ! -d node_modules/dclint ] || [ ! -d node_modules/ajv ]; then
  echo "node_modules lacks yaml / kubernetes-models / dclint / ajv: run 'npm ci' first." >&2
  exit 1
fi

if ensure_promtool; then
  echo "using $(promtool --version 2>&1 | head -n 1)"
  step "promtool check config" promtool check config monitoring/prometheus/prometheus.yml
  step "promtool check rules" promtool check rules monitoring/prometheus/alerts.yml
  # Run from the rules folder: rule_files in the test file are relative to it.
  step "promtool test rules" bash -c 'cd monitoring/prometheus && promtool test rules alerts.test.yml'
else
  failures+=("promtool available")
fi

if command -v amtool >/dev/null 2>&1; then
  step "amtool check-config" amtool check-config monitoring/alertmanager/alertmanager.yml
else
  echo
  echo "---- amtool check-config: skipped (amtool not installed; Debian package prometheus-alertmanager)"
fi

step "k8s manifests (kubernetes-models + cross-refs)" node scripts/validate-k8s.mjs k8s
step "docker compose + Dockerfile" node scripts/validate-k8s.mjs compose
step "grafana provisioning + dashboards" node scripts/validate-k8s.mjs grafana
step "metric names vs monitoring/metrics.txt" node scripts/validate-k8s.mjs metrics

echo
echo "==== check-ops summary"
for s in "${passed[@]}"; do echo "  PASS  ${s}"; done
for s in "${failures[@]+"${failures[@]}"}"; do echo "  FAIL  ${s}"; done
if [ "${#failures[@]}" -gt 0 ]; then
  echo "check-ops: ${#failures[@]} step(s) failed"
  exit 1
fi
echo "check-ops: all ${#passed[@]} steps passed"
