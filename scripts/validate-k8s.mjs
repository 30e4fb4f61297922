#!/usr/bin/env node
/**
 * Offline validation of the ops files: Kubernetes manifests, docker compose + Dockerfile,
 * Grafana provisioning/dashboards, and the metric names used by dashboards/alerts/scalers.
 *
 *   node scripts/validate-k8s.mjs                 # every section
 *   node scripts/validate-k8s.mjs k8s compose     # selected sections: k8s | compose | grafana | metrics
 *
 * k8s:     every k8s/**\/*.yaml (multi-document) is parsed with `yaml` and validated with
 *          kubernetes-models (+ @kubernetes-models/keda); unknown kinds fail. Unknown fields
 *          (typos such as `readinesProbe`) are caught by type-checking each object against the
 *          models' TypeScript types. Then cross-references and the deployment rules of this
 *          service (probes, ports, env, security context, autoscaling, scheduler ownership…).
 * compose: docker/compose.yaml against the official Compose Specification schema
 *          (scripts/compose-schema.mjs), then what a schema cannot check: referenced files,
 *          services and volumes exist, the project's deployment rules, Dockerfile and
 *          .dockerignore basics, Prometheus scrape targets vs compose services.
 * grafana: provisioning YAML + dashboards JSON (uids, datasource uids, gridPos, targets).
 * metrics: every metric referenced by PromQL in monitoring/** and k8s/** exists in
 *          monitoring/metrics.txt; metrics.txt agrees with src/core/metrics/metric-names.ts.
 *
 * Exit code 1 when any error was reported. Needs only dev dependencies of the repo (yaml,
 * kubernetes-models, @kubernetes-models/keda, typescript for the unknown-field check, ajv and
 * dclint for the Compose schema).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import {
  composeValidator,
  interpolate as composeInterpolate,
  interpolateDocument,
} from './compose-schema.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rel = (p) => path.relative(ROOT, p) || '.';
const require = createRequire(import.meta.url);

// ------------------------------------------------------------------------------ reporting
let errors = 0;
let warnings = 0;
const err = (where, msg) => {
  errors++;
  console.log(`  ✖ ${where}: ${msg}`);
};
const warn = (where, msg) => {
  warnings++;
  console.log(`  ! ${where}: ${msg}`);
};
let errorsAtSection = 0;
/** Summary line of a step: ✔ only when the current section has reported no error so far. */
const ok = (msg) => console.log(`  ${errors === errorsAtSection ? '✔' : '·'} ${msg}`);
const section = (name) => {
  errorsAtSection = errors;
  console.log(`\n== ${name}`);
};

// ---------------------------------------------------------------------------- constants
const NAMESPACE = 'email-assistant';
const SECRET_KEYS = [
  'DATABASE_URL',
  'GOOGLE_OAUTH_CLIENT_SECRET',
  'OPENAI_API_KEY',
  'ANTHROPIC_API_KEY',
  'TOKEN_ENCRYPTION_KEY',
  'ADMIN_API_KEYS',
];
const EXTRA_ENV = new Set(['NODE_OPTIONS', 'NODE_ENV', 'TZ', 'APP_VERSION']);
const HEALTH_LIVE = '/api/health/live';
const HEALTH_READY = '/api/health/ready';
const METRICS_PATH = '/api/metrics';
const MIGRATE_CMD = ['node', 'dist/src/cli/migrate.js', 'run'];
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'ClusterTriggerAuthentication',
]);
const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job']);

// ------------------------------------------------------------------------------ helpers
function walkFiles(dir, exts) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walkFiles(p, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(p);
  }
  return out;
}

/** Parse a (multi-document) YAML file; reports syntax errors; returns [{doc, index}]. */
function parseYamlFile(file, { merge = false } = {}) {
  const src = readFileSync(file, 'utf8');
  const docs = YAML.parseAllDocuments(src, { merge, prettyErrors: true, uniqueKeys: true });
  const out = [];
  docs.forEach((d, index) => {
    for (const e of d.errors)
      err(`${rel(file)}#${index}`, `YAML error: ${e.message.split('\n')[0]}`);
    for (const w of d.warnings)
      warn(`${rel(file)}#${index}`, `YAML warning: ${w.message.split('\n')[0]}`);
    if (d.errors.length) return;
    const js = d.toJS({ maxAliasCount: 1000 });
    if (js !== null && js !== undefined) out.push({ doc: js, index });
  });
  return out;
}

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const matchesLabels = (selector, labels) =>
  isObj(selector) &&
  Object.keys(selector).length > 0 &&
  Object.entries(selector).every(([k, v]) => labels?.[k] === v);

/** matchLabels + matchExpressions (In/NotIn/Exists/DoesNotExist) against a label map. */
function labelSelectorMatches(sel, labels = {}) {
  if (!isObj(sel)) return false;
  const ml = sel.matchLabels ?? {};
  const me = sel.matchExpressions ?? [];
  if (!Object.keys(ml).length && !me.length) return false;
  if (!Object.entries(ml).every(([k, v]) => labels[k] === v)) return false;
  return me.every(({ key, operator, values = [] }) => {
    if (operator === 'In') return values.includes(labels[key]);
    if (operator === 'NotIn') return !values.includes(labels[key]);
    if (operator === 'Exists') return key in labels;
    if (operator === 'DoesNotExist') return !(key in labels);
    return false;
  });
}

/** Known config variable names: those of every config slice, the *.config.ts files under src/ (null if none). */
function appConfigKeys() {
  const dir = path.join(ROOT, 'src');
  if (!existsSync(dir)) return null;
  const slices = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.config.ts'));
  const keys = new Set();
  for (const file of slices) {
    const src = readFileSync(path.join(dir, file), 'utf8');
    for (const m of src.matchAll(/^\s{2}([A-Z][A-Z0-9_]*)\??\s*[:=!]/gm)) keys.add(m[1]);
  }
  return keys.size ? keys : null;
}

// =====================================================================================
// k8s
// =====================================================================================
const KEDA_MODULE = '@kubernetes-models/keda/keda.sh/v1alpha1';

/** apiVersion+kind -> { Model, typeModule, typeName } or a custom validator. */
async function resolveModel(apiVersion, kind) {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return null;
  let mod;
  let typeModule;
  if (apiVersion === 'keda.sh/v1alpha1') {
    mod = await import(KEDA_MODULE).catch(() => null);
    typeModule = `${KEDA_MODULE}/${kind}`;
  } else if (/^([a-z0-9.-]+\/)?v\d+((alpha|beta)\d+)?$/.test(apiVersion)) {
    mod = await import(`kubernetes-models/${apiVersion}`).catch(() => null);
    typeModule = `kubernetes-models/${apiVersion}/${kind}`;
  }
  const Model = mod?.[kind];
  if (typeof Model !== 'function') return null;
  return { Model, typeModule, typeName: `I${kind}` };
}

/** Custom (non kubernetes-models) kinds that are allowed in k8s/, with structural checks. */
const CUSTOM_KINDS = {
  'monitoring.coreos.com/v1/ServiceMonitor': (o, where) => {
    const s = o.spec;
    if (!isObj(s)) return err(where, 'spec is required');
    if (!isObj(s.selector)) err(where, 'spec.selector is required');
    if (!Array.isArray(s.endpoints) || !s.endpoints.length)
      err(where, 'spec.endpoints must be a non-empty list');
    for (const [i, e] of (s.endpoints ?? []).entries()) {
      if (!isObj(e) || (!e.port && !e.targetPort))
        err(where, `spec.endpoints[${i}] needs port (a Service port name)`);
      if (e.path !== undefined && typeof e.path !== 'string')
        err(where, `spec.endpoints[${i}].path must be a string`);
      if (e.interval !== undefined && !/^\d+(ms|s|m|h)$/.test(e.interval))
        err(where, `spec.endpoints[${i}].interval is not a duration`);
    }
    if (s.jobLabel !== undefined && typeof s.jobLabel !== 'string')
      err(where, 'spec.jobLabel must be a string');
  },
  'kustomize.config.k8s.io/v1beta1/Kustomization': (o, where) => {
    if (!Array.isArray(o.resources) || !o.resources.length)
      err(where, 'resources must be a non-empty list');
  },
};

/**
 * Type-check every object against the kubernetes-models TypeScript types. Object literals get
 * TypeScript's excess-property check, so unknown/misspelled fields are reported (the runtime
 * JSON-schema validation of kubernetes-models accepts unknown fields).
 */
function typeCheckObjects(items) {
  let ts;
  try {
    ts = require('typescript');
  } catch {
    warn('k8s', 'typescript not installed: unknown-field check skipped');
    return;
  }
  const file = path.join(ROOT, 'scripts', '__validate_k8s_virtual__.mts');
  const imports = new Map();
  const lines = [];
  const ranges = [];
  for (const it of items) {
    if (!it.typeModule) continue;
    const key = `${it.typeModule}#${it.typeName}`;
    if (!imports.has(key)) imports.set(key, `T${imports.size}`);
  }
  for (const [key, alias] of imports) {
    const [mod, name] = key.split('#');
    lines.push(`import type { ${name} as ${alias} } from ${JSON.stringify(mod)};`);
  }
  items.forEach((it, i) => {
    if (!it.typeModule) return;
    const alias = imports.get(`${it.typeModule}#${it.typeName}`);
    const body = JSON.stringify(it.obj, null, 2).split('\n');
    const start = lines.length;
    lines.push(`export const o${i}: ${alias} = ${body[0]}`, ...body.slice(1));
    lines[lines.length - 1] += ';';
    ranges.push({ start, end: lines.length - 1, it, body, first: start });
  });
  const src = lines.join('\n') + '\n';
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    target: ts.ScriptTarget.ES2022,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (f, lang, ...rest) =>
    f === file ? ts.createSourceFile(f, src, lang, true) : getSourceFile(f, lang, ...rest);
  host.fileExists = (f) => f === file || fileExists(f);
  host.readFile = (f) => (f === file ? src : readFile(f));
  const program = ts.createProgram([file], options, host);
  const diags = ts.getPreEmitDiagnostics(program);
  let count = 0;
  for (const d of diags) {
    const msg = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (!d.file || d.file.fileName !== file) {
      err('k8s/type-check', msg);
      count++;
      continue;
    }
    const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    const r = ranges.find((x) => line >= x.start && line <= x.end);
    const at = r ? `${r.it.where}` : `virtual:${line + 1}`;
    const snippet = r ? ` (near: ${lines[line].trim().slice(0, 80)})` : '';
    err(at, `schema/type: ${msg.length > 400 ? msg.slice(0, 400) + '…' : msg}${snippet}`);
    count++;
  }
  if (!count) ok(`unknown-field/type check passed for ${ranges.length} objects`);
}

function podSpecOf(o) {
  if (
    o.kind === 'Deployment' ||
    o.kind === 'StatefulSet' ||
    o.kind === 'DaemonSet' ||
    o.kind === 'Job'
  )
    return o.spec?.template?.spec;
  if (o.kind === 'CronJob') return o.spec?.jobTemplate?.spec?.template?.spec;
  return undefined;
}
function podLabelsOf(o) {
  if (o.kind === 'CronJob') return o.spec?.jobTemplate?.spec?.template?.metadata?.labels ?? {};
  return o.spec?.template?.metadata?.labels ?? {};
}

async function checkK8s() {
  section('k8s: parse + kubernetes-models validation');
  const dir = path.join(ROOT, 'k8s');
  const files = walkFiles(dir, ['.yaml', '.yml']);
  if (!files.length) return err('k8s', 'no manifests found');
  const items = [];
  for (const file of files) {
    for (const { doc, index } of parseYamlFile(file)) {
      const where = `${rel(file)}#${index} ${doc?.kind ?? '?'}/${doc?.metadata?.name ?? doc?.metadata?.generateName ?? '?'}`;
      if (!isObj(doc)) {
        err(where, 'document is not a mapping');
        continue;
      }
      items.push({ file, index, obj: doc, where });
    }
  }

  let validated = 0;
  for (const it of items) {
    const { obj, where } = it;
    if (!obj.apiVersion || !obj.kind) {
      err(where, 'apiVersion and kind are required');
      continue;
    }
    const customKey = `${obj.apiVersion}/${obj.kind}`;
    if (CUSTOM_KINDS[customKey]) {
      it.custom = true;
      CUSTOM_KINDS[customKey](obj, where);
      validated++;
      continue;
    }
    const model = await resolveModel(obj.apiVersion, obj.kind);
    if (!model) {
      err(
        where,
        `unknown kind ${obj.apiVersion} ${obj.kind} (not in kubernetes-models / @kubernetes-models/keda and no custom validator)`,
      );
      continue;
    }
    Object.assign(it, { typeModule: model.typeModule, typeName: model.typeName });
    try {
      new model.Model(obj).validate();
      validated++;
    } catch (e) {
      const details = (e.errors ?? [])
        .map((x) => `${x.instancePath || '/'} ${x.message}`)
        .slice(0, 8);
      err(where, `invalid: ${details.length ? details.join('; ') : e.message}`);
    }
    const md = obj.metadata ?? {};
    if (!md.name && !(obj.kind === 'Job' && md.generateName))
      err(where, 'metadata.name is required');
    if (!CLUSTER_SCOPED.has(obj.kind) && md.namespace !== NAMESPACE)
      err(where, `metadata.namespace must be ${NAMESPACE}`);
  }
  ok(`${validated}/${items.length} objects in ${files.length} files passed model validation`);
  typeCheckObjects(items.filter((i) => i.typeModule));

  section('k8s: cross-references and deployment rules');
  checkK8sRefs(
    items.filter((i) => !i.obj.kind || i.obj.apiVersion !== 'kustomize.config.k8s.io/v1beta1'),
    files,
  );
  const kust = items.find((i) => i.obj.kind === 'Kustomization');
  if (kust) checkKustomization(kust, files);
}

/** Admin-only or operational routes no Ingress may route (port-forward reaches them). */
const INTERNAL_PATHS = ['/api/metrics', '/api/docs', '/api/health', '/api/v1/users'];

function ingressPaths(ing) {
  return (ing.obj.spec?.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.path));
}

function checkKustomization(kust, files) {
  const dir = path.dirname(kust.file);
  const listed = new Set(kust.obj.resources ?? []);
  for (const r of listed)
    if (!existsSync(path.join(dir, r))) err(kust.where, `resource ${r} does not exist`);
  const mustSkip = new Set(['secret.example.yaml', 'migrate-job.yaml', path.basename(kust.file)]);
  for (const f of files) {
    const name = path.relative(dir, f);
    if (name.includes(path.sep)) continue;
    if (mustSkip.has(name)) {
      if (listed.has(name) && name !== path.basename(kust.file))
        err(kust.where, `${name} must not be in resources (template / one-shot)`);
    } else if (!listed.has(name)) err(kust.where, `${name} is not listed in resources`);
  }
  if (kust.obj.namespace && kust.obj.namespace !== NAMESPACE)
    err(kust.where, `namespace must be ${NAMESPACE}`);
  ok('kustomization resources checked');
}

function checkK8sRefs(items, files) {
  const byKind = (k) => items.filter((i) => i.obj.kind === k);
  const find = (kind, name) =>
    items.find((i) => i.obj.kind === kind && i.obj.metadata?.name === name);
  const workloads = items.filter((i) => WORKLOAD_KINDS.has(i.obj.kind) || i.obj.kind === 'CronJob');
  const deployments = byKind('Deployment');
  const services = byKind('Service');
  const configMaps = byKind('ConfigMap');
  const secrets = byKind('Secret');
  const knownEnv = appConfigKeys();
  if (!knownEnv)
    warn('k8s', 'no config slice (src/**/*.config.ts) readable: env names not checked');

  // duplicates
  const seen = new Map();
  for (const it of items) {
    const md = it.obj.metadata ?? {};
    if (!md.name) continue;
    const key = `${it.obj.kind}/${md.namespace ?? ''}/${md.name}`;
    if (seen.has(key)) err(it.where, `duplicate of ${seen.get(key)}`);
    else seen.set(key, it.where);
  }

  // namespace object exists
  if (!items.some((i) => i.obj.kind === 'Namespace' && i.obj.metadata?.name === NAMESPACE))
    err('k8s', `Namespace ${NAMESPACE} is not declared`);

  // ConfigMap / Secret content
  for (const cm of configMaps) {
    for (const [k, v] of Object.entries(cm.obj.data ?? {})) {
      if (SECRET_KEYS.includes(k)) err(cm.where, `${k} is a secret and must not be in a ConfigMap`);
      if (knownEnv && !knownEnv.has(k) && !EXTRA_ENV.has(k))
        err(cm.where, `${k} is not a setting of any config slice (*.config.ts)`);
      if (typeof v !== 'string') err(cm.where, `${k} must be a string (quote numbers/booleans)`);
    }
  }
  for (const s of secrets) {
    const data = { ...(s.obj.stringData ?? {}), ...(s.obj.data ?? {}) };
    for (const k of SECRET_KEYS) if (!(k in data)) err(s.where, `missing key ${k}`);
    for (const k of Object.keys(data))
      if (knownEnv && !knownEnv.has(k) && !EXTRA_ENV.has(k))
        err(s.where, `${k} is not a setting of any config slice (*.config.ts)`);
    if (path.basename(s.file).includes('example')) {
      for (const [k, v] of Object.entries(s.obj.stringData ?? {}))
        if (!/REPLACE_ME|CHANGE_ME/.test(String(v)))
          err(s.where, `${k} must be an obvious placeholder (REPLACE_ME) in an example file`);
    }
  }

  // Workloads: selectors, containers, probes, env refs, security, resources
  for (const w of workloads) {
    const o = w.obj;
    const pod = podSpecOf(o);
    if (!pod) {
      err(w.where, 'no pod template');
      continue;
    }
    const labels = podLabelsOf(o);
    if (o.kind !== 'Job' && o.kind !== 'CronJob') {
      if (!labelSelectorMatches(o.spec?.selector, labels))
        err(w.where, 'spec.selector does not match the pod template labels');
      for (const other of workloads) {
        if (other === w || other.obj.kind === 'Job') continue;
        if (labelSelectorMatches(o.spec?.selector, podLabelsOf(other.obj)))
          err(w.where, `selector also matches pods of ${other.where}`);
      }
    }
    // pod security
    const psc = pod.securityContext ?? {};
    if (psc.seccompProfile?.type !== 'RuntimeDefault')
      err(w.where, 'pod securityContext.seccompProfile.type must be RuntimeDefault');
    if (pod.automountServiceAccountToken !== false)
      warn(
        w.where,
        'automountServiceAccountToken should be false (the app never calls the API server)',
      );
    if (pod.serviceAccountName && !find('ServiceAccount', pod.serviceAccountName))
      err(w.where, `ServiceAccount ${pod.serviceAccountName} not found`);
    const volumes = new Set((pod.volumes ?? []).map((v) => v.name));

    const env = {};
    for (const c of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
      const cw = `${w.where} container ${c.name}`;
      const csc = c.securityContext ?? {};
      if (!(csc.runAsNonRoot ?? psc.runAsNonRoot)) err(cw, 'runAsNonRoot must be true');
      if (csc.readOnlyRootFilesystem !== true) err(cw, 'readOnlyRootFilesystem must be true');
      if (csc.allowPrivilegeEscalation !== false) err(cw, 'allowPrivilegeEscalation must be false');
      if (!(csc.capabilities?.drop ?? []).includes('ALL'))
        err(cw, 'capabilities.drop must include ALL');
      if (csc.privileged) err(cw, 'privileged is not allowed');
      const rq = c.resources?.requests ?? {};
      const lm = c.resources?.limits ?? {};
      if (!rq.cpu || !rq.memory) err(cw, 'resources.requests.cpu and .memory are required');
      if (!lm.memory) err(cw, 'resources.limits.memory is required');
      if (!c.image || /:latest$|^[^:]+$/.test(c.image))
        err(cw, 'image must be pinned to a tag (not :latest)');
      for (const m of c.volumeMounts ?? [])
        if (!volumes.has(m.name)) err(cw, `volumeMount ${m.name} has no volume`);
      if (csc.readOnlyRootFilesystem && !(c.volumeMounts ?? []).some((m) => m.mountPath === '/tmp'))
        warn(cw, 'read-only root fs without a /tmp mount');

      // env + refs
      const local = {};
      for (const ef of c.envFrom ?? []) {
        if (ef.configMapRef) {
          const cm = find('ConfigMap', ef.configMapRef.name);
          if (!cm) err(cw, `configMapRef ${ef.configMapRef.name} not found`);
          else Object.assign(local, cm.obj.data ?? {});
        }
        if (ef.secretRef) {
          const s = find('Secret', ef.secretRef.name);
          if (!s) err(cw, `secretRef ${ef.secretRef.name} not found`);
          else
            for (const k of Object.keys({ ...(s.obj.stringData ?? {}), ...(s.obj.data ?? {}) }))
              local[k] = '<secret>';
        }
      }
      for (const e of c.env ?? []) {
        if (knownEnv && !knownEnv.has(e.name) && !EXTRA_ENV.has(e.name))
          err(cw, `env ${e.name} is not a setting of any config slice (*.config.ts)`);
        if (SECRET_KEYS.includes(e.name) && e.value !== undefined)
          err(cw, `env ${e.name} is a secret: use a Secret, not a literal value`);
        const vf = e.valueFrom;
        if (vf?.configMapKeyRef) {
          const cm = find('ConfigMap', vf.configMapKeyRef.name);
          if (!cm) err(cw, `configMapKeyRef ${vf.configMapKeyRef.name} not found`);
          else if (!(vf.configMapKeyRef.key in (cm.obj.data ?? {})))
            err(cw, `configMapKeyRef key ${vf.configMapKeyRef.key} missing`);
        }
        if (vf?.secretKeyRef) {
          const s = find('Secret', vf.secretKeyRef.name);
          if (!s) err(cw, `secretKeyRef ${vf.secretKeyRef.name} not found`);
          else if (!(vf.secretKeyRef.key in { ...(s.obj.stringData ?? {}), ...(s.obj.data ?? {}) }))
            err(cw, `secretKeyRef key ${vf.secretKeyRef.key} missing`);
        }
        local[e.name] = e.value ?? '<ref>';
      }
      Object.assign(env, local);
      c._env = local;

      // ports + probes
      const ports = c.ports ?? [];
      const portOk = (p) => ports.some((x) => x.name === p || x.containerPort === p);
      for (const [kindName, probe] of [
        ['startupProbe', c.startupProbe],
        ['livenessProbe', c.livenessProbe],
        ['readinessProbe', c.readinessProbe],
      ]) {
        if (!probe) continue;
        const h = probe.httpGet ?? probe.tcpSocket ?? probe.grpc;
        if (!h) continue;
        if (!portOk(h.port)) err(cw, `${kindName} port ${h.port} is not a declared container port`);
        const want = kindName === 'readinessProbe' ? HEALTH_READY : HEALTH_LIVE;
        if (probe.httpGet && probe.httpGet.path !== want)
          err(cw, `${kindName} should GET ${want} (has ${probe.httpGet.path})`);
      }
      if (o.kind === 'Deployment') {
        for (const p of ['startupProbe', 'livenessProbe', 'readinessProbe'])
          if (!c[p]) err(cw, `${p} is required`);
      }
    }

    // app-specific rules
    const main = pod.containers?.[0];
    const e = main?._env ?? {};
    const role = e.APP_ROLE;
    if (o.kind === 'Deployment') {
      if (!['api', 'worker', 'all'].includes(role))
        err(w.where, `APP_ROLE must be api|worker|all (is ${role})`);
      if (e.DATABASE_RUN_MIGRATIONS !== 'false')
        err(
          w.where,
          'DATABASE_RUN_MIGRATIONS must be "false" (the migrations Job owns migrations)',
        );
      const wantPort = Number(
        role === 'worker' ? (e.WORKER_HEALTH_PORT ?? 3001) : (e.PORT ?? 3000),
      );
      if (!(main.ports ?? []).some((p) => p.containerPort === wantPort))
        err(w.where, `role ${role} listens on ${wantPort} but the container does not declare it`);
      const grace = pod.terminationGracePeriodSeconds ?? 30;
      const shutdown = Number(e.SHUTDOWN_GRACE_SECONDS ?? 25);
      const preStopSleep = Number(
        (main.lifecycle?.preStop?.exec?.command ?? []).join(' ').match(/sleep\s+(\d+)/)?.[1] ??
          main.lifecycle?.preStop?.sleep?.seconds ??
          0,
      );
      if (!(shutdown + preStopSleep < grace))
        err(
          w.where,
          `terminationGracePeriodSeconds (${grace}) must exceed preStop (${preStopSleep}) + SHUTDOWN_GRACE_SECONDS (${shutdown})`,
        );
      if (role === 'worker' && grace < 90)
        err(
          w.where,
          `worker terminationGracePeriodSeconds (${grace}) must outlast the longest job (>= 90 s)`,
        );
      for (const k of ['DATABASE_URL', 'REDIS_URL', 'TOKEN_ENCRYPTION_KEY'])
        if (!(k in e)) err(w.where, `${k} is not provided`);
    }
    if (o.kind === 'Job') {
      const cmd = main?.command ?? [];
      if (JSON.stringify(cmd) !== JSON.stringify(MIGRATE_CMD))
        err(w.where, `migrations Job command must be ${MIGRATE_CMD.join(' ')}`);
      if (pod.restartPolicy !== 'Never' && pod.restartPolicy !== 'OnFailure')
        err(w.where, 'Job restartPolicy must be Never or OnFailure');
      if (o.spec?.backoffLimit === undefined) warn(w.where, 'set backoffLimit');
    }
    w._role = role;
    w._env = e;
  }

  // one image for every app workload
  const images = new Set(
    workloads.flatMap((w) => (podSpecOf(w.obj)?.containers ?? []).map((c) => c.image)),
  );
  if (images.size > 1)
    err('k8s', `all app workloads must run the same image (found ${[...images].join(', ')})`);

  // autoscalers
  const scaled = new Map();
  for (const h of byKind('HorizontalPodAutoscaler')) {
    const t = h.obj.spec?.scaleTargetRef ?? {};
    const target = find(t.kind, t.name);
    if (!target) err(h.where, `scaleTargetRef ${t.kind}/${t.name} not found`);
    else if (scaled.has(t.name))
      err(h.where, `${t.name} is already scaled by ${scaled.get(t.name)}`);
    else scaled.set(t.name, h.where);
    if ((h.obj.spec?.minReplicas ?? 1) > h.obj.spec?.maxReplicas)
      err(h.where, 'minReplicas > maxReplicas');
    if ((h.obj.spec?.metrics ?? []).some((m) => m.resource?.name === 'cpu') && target)
      requireCpuRequests(target, h.where);
  }
  for (const so of byKind('ScaledObject')) {
    const t = so.obj.spec?.scaleTargetRef ?? {};
    const kind = t.kind ?? 'Deployment';
    const target = find(kind, t.name);
    if (!target) err(so.where, `scaleTargetRef ${kind}/${t.name} not found`);
    else if (scaled.has(t.name))
      err(
        so.where,
        `${t.name} is already scaled by ${scaled.get(t.name)} (KEDA owns its own HPA: do not add another)`,
      );
    else scaled.set(t.name, so.where);
    const triggers = so.obj.spec?.triggers ?? [];
    if (!triggers.length) err(so.where, 'no triggers');
    for (const tr of triggers) {
      if (tr.type === 'prometheus') {
        for (const k of ['serverAddress', 'query', 'threshold'])
          if (!tr.metadata?.[k]) err(so.where, `prometheus trigger needs metadata.${k}`);
        if (tr.metadata?.threshold && Number.isNaN(Number(tr.metadata.threshold)))
          err(so.where, 'threshold must be a number string');
        if (!/queue_length/.test(tr.metadata?.query ?? ''))
          warn(so.where, 'prometheus trigger does not use queue_length');
      }
      if ((tr.type === 'cpu' || tr.type === 'memory') && target)
        requireCpuRequests(target, so.where);
    }
    if ((so.obj.spec?.minReplicaCount ?? 0) > (so.obj.spec?.maxReplicaCount ?? 100))
      err(so.where, 'minReplicaCount > maxReplicaCount');
    if (triggers.some((x) => x.type === 'cpu') && (so.obj.spec?.minReplicaCount ?? 0) < 1)
      err(so.where, 'a cpu trigger cannot scale to zero: minReplicaCount >= 1');
  }
  for (const [name, by] of scaled) {
    const d = find('Deployment', name);
    if (d && d.obj.spec?.replicas !== undefined)
      warn(d.where, `spec.replicas is set but ${by} owns the count (kubectl apply would reset it)`);
  }

  // scheduler ownership: exactly one Deployment runs schedulers, with one replica, not autoscaled
  const schedulerOwners = deployments.filter(
    (d) =>
      ['worker', 'all'].includes(d._role) &&
      String(d._env?.SCHEDULERS_ENABLED ?? 'true') !== 'false',
  );
  if (schedulerOwners.length !== 1)
    err(
      'k8s',
      `exactly one Deployment must have SCHEDULERS_ENABLED=true (found ${schedulerOwners.map((d) => d.obj.metadata.name).join(', ') || 'none'})`,
    );
  for (const d of schedulerOwners) {
    if (d.obj.spec?.replicas !== 1) err(d.where, 'the scheduler owner must have replicas: 1');
    if (scaled.has(d.obj.metadata.name)) err(d.where, 'the scheduler owner must not be autoscaled');
    if (d.obj.spec?.strategy?.type !== 'Recreate')
      warn(d.where, 'use strategy Recreate so two schedulers never overlap');
  }
  for (const d of deployments)
    if (d._role === 'api' && d._env?.SCHEDULERS_ENABLED !== 'false')
      err(d.where, 'api must run with SCHEDULERS_ENABLED=false');
  if (!deployments.some((d) => d._role === 'api')) err('k8s', 'no api Deployment');
  if (!deployments.some((d) => d._role === 'worker' && scaled.has(d.obj.metadata.name)))
    err('k8s', 'no autoscaled worker Deployment');
  if (!byKind('Job').length) err('k8s', 'no migrations Job');

  // Services
  for (const s of services) {
    const sel = s.obj.spec?.selector;
    const pods = workloads.filter(
      (w) => w.obj.kind !== 'Job' && matchesLabels(sel, podLabelsOf(w.obj)),
    );
    if (!pods.length) {
      err(s.where, 'selector matches no workload pods');
      continue;
    }
    for (const p of s.obj.spec?.ports ?? []) {
      const tp = p.targetPort ?? p.port;
      for (const w of pods) {
        const cports = (podSpecOf(w.obj).containers ?? []).flatMap((c) => c.ports ?? []);
        if (!cports.some((cp) => cp.name === tp || cp.containerPort === tp))
          err(s.where, `targetPort ${tp} is not a container port of ${w.where}`);
      }
    }
  }

  // Ingress
  for (const ing of byKind('Ingress')) {
    const backends = [];
    if (ing.obj.spec?.defaultBackend?.service) backends.push(ing.obj.spec.defaultBackend.service);
    for (const r of ing.obj.spec?.rules ?? [])
      for (const p of r.http?.paths ?? []) if (p.backend?.service) backends.push(p.backend.service);
    for (const b of backends) {
      const svc = find('Service', b.name);
      if (!svc) err(ing.where, `backend Service ${b.name} not found`);
      else if (
        !(svc.obj.spec?.ports ?? []).some(
          (p) =>
            (b.port?.name && p.name === b.port.name) ||
            (b.port?.number && p.port === b.port.number),
        )
      )
        err(ing.where, `backend port ${JSON.stringify(b.port)} not on Service ${b.name}`);
    }
    const paths = ingressPaths(ing);
    if (!(ing.obj.spec?.tls ?? []).length)
      err(ing.where, 'TLS is required (Pub/Sub push and session cookies need HTTPS)');
    const notes = ing.obj.metadata?.annotations ?? {};
    if (
      paths.includes('/api/v1/events') &&
      notes['nginx.ingress.kubernetes.io/proxy-buffering'] !== 'off'
    )
      err(ing.where, 'routes the /api/v1/events stream without proxy-buffering "off"');
    // A path exposes an internal route when it is that route, a prefix of it, or under it.
    const under = (a, b) => a === b || a.startsWith(`${b.replace(/\/$/, '')}/`);
    for (const p of paths)
      for (const internal of INTERNAL_PATHS)
        if (under(internal, p) || under(p, internal))
          err(ing.where, `${p} exposes ${internal}, which must stay cluster-internal`);
  }
  if (
    byKind('Ingress').length &&
    !byKind('Ingress').some((ing) => ingressPaths(ing).includes('/api/webhook/gmail'))
  )
    err('k8s', 'no Ingress routes the Gmail webhook path /api/webhook/gmail');

  // PDBs
  for (const pdb of byKind('PodDisruptionBudget')) {
    const hit = workloads.filter(
      (w) =>
        w.obj.kind !== 'Job' && labelSelectorMatches(pdb.obj.spec?.selector, podLabelsOf(w.obj)),
    );
    if (!hit.length) err(pdb.where, 'selector matches no workload pods');
    for (const w of hit) {
      const reps = w.obj.spec?.replicas;
      if (reps === 1 && !scaled.has(w.obj.metadata.name) && pdb.obj.spec?.minAvailable === 1)
        err(pdb.where, `minAvailable 1 on single-replica ${w.where} blocks node drains`);
    }
  }
  for (const d of deployments) {
    const covered = byKind('PodDisruptionBudget').some((p) =>
      labelSelectorMatches(p.obj.spec?.selector, podLabelsOf(d.obj)),
    );
    if (!covered && scaled.has(d.obj.metadata.name))
      err(d.where, 'autoscaled Deployment has no PodDisruptionBudget');
  }

  // ServiceMonitor
  for (const sm of byKind('ServiceMonitor')) {
    const hit = services.filter((s) =>
      labelSelectorMatches(sm.obj.spec?.selector, s.obj.metadata?.labels ?? {}),
    );
    if (!hit.length) err(sm.where, 'selector matches no Service');
    for (const ep of sm.obj.spec?.endpoints ?? []) {
      if (!hit.some((s) => (s.obj.spec?.ports ?? []).some((p) => p.name === ep.port)))
        err(sm.where, `endpoint port ${ep.port} is on no selected Service`);
      if (ep.path && ep.path !== METRICS_PATH)
        err(sm.where, `endpoint path should be ${METRICS_PATH}`);
    }
    const jl = sm.obj.spec?.jobLabel;
    const jobs = new Set(
      hit.map((s) => (jl ? s.obj.metadata?.labels?.[jl] : s.obj.metadata?.name)),
    );
    for (const j of ['api', 'worker'])
      if (!jobs.has(j))
        err(
          sm.where,
          `no Service yields job="${j}" (alerts and dashboards use job="api"/"worker")`,
        );
  }

  ok(
    `cross-references checked (${deployments.length} Deployments, ${services.length} Services, ${scaled.size} autoscaled)`,
  );
  void files;
}

function requireCpuRequests(target, where) {
  for (const c of podSpecOf(target.obj)?.containers ?? [])
    if (!c.resources?.requests?.cpu)
      err(where, `CPU scaling needs resources.requests.cpu on ${target.where} container ${c.name}`);
}

// =====================================================================================
// compose + Dockerfile
// =====================================================================================
/** Compose interpolation with every variable unset; collects `${VAR:?}` names into `required`. */
function interpolate(value, where, required) {
  return composeInterpolate(value, {
    onRequired: (name) => required?.add(name),
    onBare: (name) => warn(where, `unbraced $${name}: prefer \${${name}}`),
  });
}

function checkCompose() {
  section('compose: docker/compose.yaml + Dockerfile');
  const dockerDir = path.join(ROOT, 'docker');
  const file = path.join(dockerDir, 'compose.yaml');
  if (!existsSync(file)) return err('docker', 'docker/compose.yaml missing');
  const docs = parseYamlFile(file, { merge: true });
  if (docs.length !== 1) return err(rel(file), 'expected exactly one YAML document');
  const c = docs[0].doc;
  const where = rel(file);

  // Structure (keys, types, enums) is the official schema's job; what follows checks what a
  // schema cannot: files and services that must exist, and this project's deployment rules.
  const { validate, source } = composeValidator(ROOT);
  const schemaErrors = validate(interpolateDocument(c));
  for (const e of schemaErrors) err(where, `compose-spec: ${e}`);
  if (!schemaErrors.length) ok(`valid against the Compose Specification (${source})`);

  const services = c.services ?? {};
  const required = new Set();
  const env = (svc) => {
    const e = services[svc]?.environment ?? {};
    if (Array.isArray(e)) return Object.fromEntries(e.map((x) => x.split(/=(.*)/s).slice(0, 2)));
    return Object.fromEntries(
      Object.entries(e).map(([k, v]) => [
        k,
        interpolate(v === null ? '' : String(v), `${where} ${svc}.${k}`, required),
      ]),
    );
  };

  for (const s of [
    'postgres',
    'redis',
    'migrate',
    'api',
    'worker',
    'prometheus',
    'grafana',
    'alertmanager',
  ])
    if (!services[s]) err(where, `service ${s} is missing`);

  const volumes = new Set(Object.keys(c.volumes ?? {}));
  for (const [name, s] of Object.entries(services)) {
    const w = `${where} ${name}`;
    if (!s.image && !s.build) err(w, 'needs image or build');
    if (s.image && /:latest$/.test(interpolate(s.image, w)))
      err(w, 'pin the image tag (no :latest)');
    if (s.image && !/[:@]/.test(interpolate(s.image, w)) && !s.build) err(w, 'pin the image tag');
    if (s.build) {
      const ctx = path.resolve(dockerDir, s.build.context ?? s.build);
      if (!existsSync(path.join(ctx, 'package.json')))
        err(w, `build context ${rel(ctx)} has no package.json`);
      const df = path.resolve(ctx, s.build.dockerfile ?? 'Dockerfile');
      if (!existsSync(df)) err(w, `Dockerfile ${rel(df)} not found`);
    }
    const deps = Array.isArray(s.depends_on)
      ? Object.fromEntries(s.depends_on.map((d) => [d, {}]))
      : (s.depends_on ?? {});
    for (const [dep, cond] of Object.entries(deps)) {
      if (!services[dep]) err(w, `depends_on unknown service ${dep}`);
      const cnd = cond?.condition;
      if (cnd === 'service_healthy' && !services[dep]?.healthcheck && !services[dep]?.build)
        err(w, `${dep} has no healthcheck but is waited on as healthy`);
      if (services[dep]?.profiles && !s.profiles)
        err(w, `depends on ${dep}, which only runs in profile(s) ${services[dep].profiles}`);
    }
    for (const v of s.volumes ?? []) {
      const spec = typeof v === 'string' ? v : `${v.source}:${v.target}`;
      const [src] = spec.split(':');
      if (src.startsWith('.') || src.startsWith('/')) {
        const abs = path.resolve(dockerDir, src);
        if (!src.startsWith('/var/run/docker.sock') && !existsSync(abs))
          err(w, `bind mount source ${src} does not exist`);
      } else if (!volumes.has(src)) err(w, `named volume ${src} not declared under volumes:`);
    }
    for (const ef of s.env_file ?? []) {
      const p = typeof ef === 'string' ? ef : ef.path;
      const req = typeof ef === 'string' ? true : ef.required !== false;
      if (req && !existsSync(path.resolve(dockerDir, p)))
        err(w, `env_file ${p} is required but missing (use required: false)`);
      if (!existsSync(path.resolve(dockerDir, `${p}.example`)))
        warn(w, `no ${p}.example next to compose.yaml`);
    }
    const e = env(name);
    for (const [k, v] of Object.entries(e)) {
      const raw = Array.isArray(s.environment) ? '' : String(s.environment?.[k] ?? '');
      const secretish = SECRET_KEYS.includes(k) || /PASSWORD|SECRET|API_KEY|TOKEN/.test(k);
      if (secretish && v && !/<[A-Z_]+>/.test(v))
        err(w, `${k} has a literal value: use \${VAR:?} interpolation or env_file`);
      if (secretish && /\$\{[A-Z_]+:-[^}]+\}/.test(raw) && !/<[A-Z_]+>/.test(v))
        err(w, `${k} must not have a default value`);
    }
    if (
      ['postgres', 'redis', 'api', 'worker', 'prometheus', 'alertmanager', 'grafana'].includes(
        name,
      ) &&
      !s.healthcheck?.test
    )
      err(w, 'healthcheck is required');
  }

  // specific services
  const pg = services.postgres ?? {};
  if (!/^postgres:15/.test(pg.image ?? '')) err(`${where} postgres`, 'image must be postgres:15*');
  if (!(pg.volumes ?? []).some((v) => String(v).endsWith(':/var/lib/postgresql/data')))
    err(`${where} postgres`, 'needs a volume at /var/lib/postgresql/data');
  const rd = services.redis ?? {};
  if (!/^redis:7/.test(rd.image ?? '')) err(`${where} redis`, 'image must be redis:7*');
  const rcmd = [].concat(rd.command ?? []).join(' ');
  if (!/--appendonly\s+yes/.test(rcmd)) err(`${where} redis`, 'AOF must be on (--appendonly yes)');
  if (!/--maxmemory-policy\s+noeviction/.test(rcmd))
    warn(`${where} redis`, 'BullMQ wants --maxmemory-policy noeviction');
  if (!(rd.volumes ?? []).some((v) => String(v).endsWith(':/data')))
    err(`${where} redis`, 'needs a volume at /data');

  const mg = services.migrate ?? {};
  if (JSON.stringify(mg.command) !== JSON.stringify(MIGRATE_CMD))
    err(`${where} migrate`, `command must be ${JSON.stringify(MIGRATE_CMD)}`);
  if (mg.restart && mg.restart !== 'no') err(`${where} migrate`, 'one-shot: restart must be "no"');

  for (const [svc, role, port] of [
    ['api', 'api', 'PORT'],
    ['worker', 'worker', 'WORKER_HEALTH_PORT'],
  ]) {
    const s = services[svc];
    if (!s) continue;
    const w = `${where} ${svc}`;
    const e = env(svc);
    if (e.APP_ROLE !== role) err(w, `APP_ROLE must be ${role}`);
    if (e.DATABASE_RUN_MIGRATIONS !== 'false')
      err(w, 'DATABASE_RUN_MIGRATIONS must be "false" (migrate service owns migrations)');
    if (s.depends_on?.migrate?.condition !== 'service_completed_successfully')
      err(w, 'must depend on migrate: service_completed_successfully');
    for (const k of ['DATABASE_URL', 'REDIS_URL']) if (!e[k]) err(w, `${k} not set`);
    if (!e[port]) warn(w, `${port} not set explicitly`);
    if (!s.build && !s.image) err(w, 'no image');
  }
  const wk = services.worker ?? {};
  if (wk.container_name) err(`${where} worker`, 'container_name prevents scaling');
  if (wk.ports?.length)
    err(
      `${where} worker`,
      'published ports prevent scaling (Prometheus scrapes it over the compose network)',
    );
  if (wk.deploy?.replicas === undefined)
    err(`${where} worker`, 'deploy.replicas must be set (scalable)');
  if (!('SCHEDULERS_ENABLED' in env('worker')))
    err(`${where} worker`, 'SCHEDULERS_ENABLED must be set explicitly');
  const apiPorts = (services.api?.ports ?? []).map((p) => interpolate(String(p), `${where} api`));
  if (!apiPorts.some((p) => p.endsWith(':3000')))
    err(`${where} api`, 'must publish container port 3000');
  for (const s of ['loki', 'promtail'])
    if (services[s] && !services[s].profiles?.length)
      err(`${where} ${s}`, 'optional log stack must be behind a profile');
  ok(
    `compose services checked (${Object.keys(services).length}); required variables: ${[...required].sort().join(', ') || 'none'}`,
  );

  // Prometheus scrape config vs compose
  const promFile = path.join(ROOT, 'monitoring/prometheus/prometheus.yml');
  const prom = existsSync(promFile) ? parseYamlFile(promFile)[0]?.doc : null;
  if (!prom) err('monitoring', 'monitoring/prometheus/prometheus.yml missing');
  else {
    const jobs = Object.fromEntries((prom.scrape_configs ?? []).map((j) => [j.job_name, j]));
    for (const [job, svc, port] of [
      ['api', 'api', Number(env('api').PORT ?? 3000)],
      ['worker', 'worker', Number(env('worker').WORKER_HEALTH_PORT ?? 3001)],
    ]) {
      const j = jobs[job];
      const w = `${rel(promFile)} job ${job}`;
      if (!j) {
        err(w, 'missing scrape job');
        continue;
      }
      if (j.metrics_path !== METRICS_PATH) err(w, `metrics_path must be ${METRICS_PATH}`);
      const dns = j.dns_sd_configs ?? [];
      if (!dns.length) err(w, 'must use dns_sd_configs so every replica is scraped');
      for (const d of dns) {
        for (const n of d.names ?? [])
          if (!services[n]) err(w, `DNS name ${n} is not a compose service`);
        if (d.type && d.type !== 'A') err(w, 'compose DNS: use type A');
        if (d.port !== port) err(w, `port ${d.port} != ${svc} port ${port}`);
      }
    }
    for (const rf of prom.rule_files ?? [])
      if (!existsSync(path.resolve(path.dirname(promFile), rf)))
        err(rel(promFile), `rule file ${rf} not found`);
    const am =
      prom.alerting?.alertmanagers?.flatMap((a) =>
        (a.static_configs ?? []).flatMap((s) => s.targets ?? []),
      ) ?? [];
    for (const t of am)
      if (!services[t.split(':')[0]])
        err(rel(promFile), `alertmanager target ${t} is not a compose service`);
    ok('prometheus scrape jobs match compose services and ports');
  }

  // Dockerfile
  const dfPath = path.join(dockerDir, 'Dockerfile');
  if (!existsSync(dfPath)) return err('docker', 'docker/Dockerfile missing');
  const df = readFileSync(dfPath, 'utf8').replace(/\\\n/g, ' ');
  const lines = df
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const instr = lines.map((l) => ({
    op: l.split(/\s+/)[0].toUpperCase(),
    rest: l.replace(/^\S+\s*/, ''),
  }));
  const froms = instr.filter((i) => i.op === 'FROM');
  const dw = rel(dfPath);
  if (froms.length < 2) err(dw, 'must be multi-stage');
  const args = Object.fromEntries(
    instr.filter((i) => i.op === 'ARG' && i.rest.includes('=')).map((i) => i.rest.split('=')),
  );
  const lastFrom =
    froms
      .at(-1)
      ?.rest.split(/\s+/)[0]
      .replace(/\$\{(\w+)\}/g, (_, n) => args[n] ?? '') ?? '';
  if (!/^node:24[\w.-]*-slim$/.test(lastFrom))
    err(dw, `runtime base must be a node:24 slim image (is ${lastFrom})`);
  const runtime = instr.slice(instr.lastIndexOf(froms.at(-1)));
  const stageNames = new Map(froms.map((f) => [f.rest.split(/\s+as\s+/i)[1], f]));
  const omitDev = instr.some((i) => i.op === 'RUN' && /npm ci[^&;]*--omit=dev/.test(i.rest));
  if (!omitDev) err(dw, 'production dependencies must be installed with npm ci --omit=dev');
  // Ignoring peer edges is safe only when the resulting tree is proven complete.
  for (const i of instr.filter(
    (x) => x.op === 'RUN' && /npm ci[^&;]*--legacy-peer-deps/.test(x.rest),
  ))
    if (!/npm ls --omit=dev --all/.test(i.rest))
      err(
        dw,
        'npm ci --legacy-peer-deps must be followed by `npm ls --omit=dev --all` in the same RUN',
      );
  if (!instr.some((i) => i.op === 'RUN' && /npm run build/.test(i.rest)))
    err(dw, 'npm run build missing');
  const users = runtime.filter((i) => i.op === 'USER').map((i) => i.rest);
  if (!users.length || /^(root|0)(:|$)/.test(users.at(-1)))
    err(dw, 'runtime stage must switch to a non-root USER');
  const hc = runtime.find((i) => i.op === 'HEALTHCHECK');
  if (!hc) err(dw, 'HEALTHCHECK missing');
  else {
    const script = hc.rest.match(/(docker\/[\w.-]+\.[cm]?js)/)?.[1];
    const text =
      script && existsSync(path.join(ROOT, script))
        ? readFileSync(path.join(ROOT, script), 'utf8')
        : hc.rest;
    if (!text.includes(HEALTH_LIVE)) err(dw, `HEALTHCHECK must hit ${HEALTH_LIVE}`);
    if (/curl|wget/.test(hc.rest)) err(dw, 'no curl/wget in the slim image: probe with node');
    // package.json gets "type": "module", which makes every .js file an ES module.
    if (script?.endsWith('.js') && /\brequire\(|\bmodule\.exports\b|\b__dirname\b/.test(text))
      err(script, 'must be an ES module (import, no require/module.exports/__dirname)');
    const shipped = runtime
      .filter((i) => i.op === 'COPY' && !/--from=/.test(i.rest))
      .flatMap((i) =>
        i.rest
          .split(/\s+/)
          .filter((p) => !p.startsWith('--'))
          .slice(0, -1),
      );
    if (script && !shipped.includes(script))
      err(dw, `HEALTHCHECK runs ${script}, which the runtime stage does not COPY`);
    for (const [name, svc] of Object.entries(services)) {
      if (!svc.build) continue;
      const probe = [].concat(svc.healthcheck?.test ?? []).join(' ');
      const used = probe.match(/docker\/[\w.-]+\.[cm]?js/)?.[0];
      if (used && !shipped.includes(used))
        err(`${where} ${name}`, `healthcheck runs ${used}, which the image does not contain`);
    }
  }
  if (
    !runtime.some((i) => i.op === 'ENTRYPOINT' && /tini|dumb-init/.test(i.rest)) &&
    !/--init/.test(df)
  )
    warn(dw, 'no init process (tini) — document `docker run --init`');
  if (!runtime.some((i) => i.op === 'CMD' && /dist\/src\/main\.js/.test(i.rest)))
    err(dw, 'CMD must start dist/src/main.js');
  for (const i of instr.filter((x) => x.op === 'COPY' && !/--from=/.test(x.rest))) {
    const parts = i.rest.split(/\s+/).filter((p) => !p.startsWith('--'));
    for (const src of parts.slice(0, -1)) {
      if (
        !existsSync(path.join(ROOT, src)) &&
        !['src', 'migrations', 'package-lock.json'].includes(src)
      )
        err(dw, `COPY source ${src} does not exist in the build context`);
    }
  }
  for (const i of instr.filter((x) => x.op === 'COPY' && /--from=/.test(x.rest))) {
    const from = i.rest.match(/--from=(\S+)/)[1];
    if (!stageNames.has(from)) err(dw, `COPY --from=${from}: no such stage`);
  }
  const ignFile = [
    path.join(ROOT, '.dockerignore'),
    path.join(dockerDir, 'Dockerfile.dockerignore'),
  ].find(existsSync);
  if (!ignFile) err('docker', 'no .dockerignore');
  else {
    const ign = readFileSync(ignFile, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    for (const must of ['node_modules', '.git', '.env'])
      if (!ign.includes(must)) err(rel(ignFile), `should exclude ${must}`);
    // Development-only trees never reach the build context (the image cannot ship them by accident).
    for (const devTree of ['test', 'bench', 'scripts', 'docs', 'dev', '.ci'])
      if (
        existsSync(path.join(ROOT, devTree)) &&
        !ign.includes(devTree) &&
        !ign.includes(`${devTree}/`)
      )
        err(rel(ignFile), `should exclude ${devTree} (development only)`);
    for (const needed of [
      'src',
      'migrations',
      'package.json',
      'package-lock.json',
      'docker',
      hc?.rest.match(/docker\/[\w.-]+\.[cm]?js/)?.[0] ?? 'docker/healthcheck.js',
      'tsconfig.json',
      'tsconfig.build.json',
    ])
      if (ign.includes(needed) || ign.includes(`${needed}/`))
        err(rel(ignFile), `excludes ${needed}, which the build needs`);
  }
  ok('Dockerfile and .dockerignore checked');
}

// =====================================================================================
// grafana
// =====================================================================================
function checkGrafana() {
  section('grafana: provisioning + dashboards');
  const base = path.join(ROOT, 'monitoring/grafana');
  const dsFiles = walkFiles(path.join(base, 'provisioning/datasources'), ['.yml', '.yaml']);
  const dbFiles = walkFiles(path.join(base, 'provisioning/dashboards'), ['.yml', '.yaml']);
  if (!dsFiles.length) err('grafana', 'no datasource provisioning file');
  if (!dbFiles.length) err('grafana', 'no dashboard provider file');
  const dsUids = new Map();
  for (const f of dsFiles) {
    for (const { doc } of parseYamlFile(f)) {
      if (doc.apiVersion !== 1) err(rel(f), 'apiVersion must be 1');
      for (const ds of doc.datasources ?? []) {
        if (!ds.uid || !ds.type || !ds.name || !ds.url)
          err(rel(f), `datasource ${ds.name ?? '?'} needs name, type, uid, url`);
        if (dsUids.has(ds.uid)) err(rel(f), `duplicate datasource uid ${ds.uid}`);
        dsUids.set(ds.uid, ds.type);
      }
      if ((doc.datasources ?? []).filter((d) => d.isDefault).length > 1)
        err(rel(f), 'more than one default datasource');
    }
  }
  const composeFile = path.join(ROOT, 'docker/compose.yaml');
  const compose = existsSync(composeFile)
    ? parseYamlFile(composeFile, { merge: true })[0]?.doc
    : null;
  const grafanaMounts = (compose?.services?.grafana?.volumes ?? []).map(String);
  for (const f of dbFiles) {
    for (const { doc } of parseYamlFile(f)) {
      if (doc.apiVersion !== 1) err(rel(f), 'apiVersion must be 1');
      for (const p of doc.providers ?? []) {
        if (p.type !== 'file' || !p.options?.path)
          err(rel(f), `provider ${p.name} must be type file with options.path`);
        else if (compose && !grafanaMounts.some((m) => m.split(':')[1] === p.options.path))
          err(rel(f), `options.path ${p.options.path} is not mounted into grafana in compose.yaml`);
        else if (
          compose &&
          !grafanaMounts.some(
            (m) =>
              m.split(':')[1] === p.options.path &&
              existsSync(path.resolve(ROOT, 'docker', m.split(':')[0])),
          )
        )
          err(rel(f), 'dashboards mount source does not exist');
      }
    }
  }

  const dashFiles = walkFiles(path.join(base, 'dashboards'), ['.json']);
  for (const want of ['system-health.json', 'email-pipeline.json', 'external-dependencies.json'])
    if (!dashFiles.some((f) => path.basename(f) === want))
      err('grafana', `dashboard ${want} missing`);
  const uids = new Set();
  for (const f of dashFiles) {
    const w = rel(f);
    let d;
    try {
      d = JSON.parse(readFileSync(f, 'utf8'));
    } catch (e) {
      err(w, `invalid JSON: ${e.message}`);
      continue;
    }
    if (!d.uid || !/^[A-Za-z0-9_-]{1,40}$/.test(d.uid))
      err(w, 'uid missing or invalid (max 40 chars of [A-Za-z0-9_-])');
    if (uids.has(d.uid)) err(w, `duplicate dashboard uid ${d.uid}`);
    uids.add(d.uid);
    if (!d.title) err(w, 'title missing');
    if (d.id !== undefined && d.id !== null) err(w, 'remove "id" from provisioned dashboards');
    if (typeof d.schemaVersion !== 'number' || d.schemaVersion < 36)
      err(w, 'schemaVersion must be a number >= 36');
    const vars = checkTemplating(w, d, dsUids);
    const panels = [];
    for (const p of d.panels ?? []) {
      panels.push(p);
      for (const q of p.panels ?? []) panels.push(q);
    }
    if (!panels.length) err(w, 'no panels');
    const ids = new Set();
    const boxes = [];
    for (const p of panels) {
      const pw = `${w} panel "${p.title ?? p.id}"`;
      if (typeof p.id !== 'number' || ids.has(p.id)) err(pw, 'panel id missing or duplicate');
      ids.add(p.id);
      const g = p.gridPos;
      if (!g || ![g.h, g.w, g.x, g.y].every(Number.isInteger))
        err(pw, 'gridPos {h,w,x,y} integers required');
      else {
        if (g.x < 0 || g.w < 1 || g.x + g.w > 24) err(pw, 'gridPos outside the 24-column grid');
        for (const b of boxes)
          if (g.x < b.x + b.w && b.x < g.x + g.w && g.y < b.y + b.h && b.y < g.y + g.h)
            err(pw, `overlaps panel "${b.title}"`);
        boxes.push({ ...g, title: p.title });
      }
      if (!p.type) err(pw, 'type missing');
      if (p.type === 'row' || p.type === 'text') continue;
      const pds = p.datasource?.uid;
      if (!pds) err(pw, 'no datasource: use {"uid": "${datasource}"}');
      else checkDsRef(pw, pds, vars);
      if (!(p.targets ?? []).length) err(pw, 'no targets');
      for (const t of p.targets ?? []) {
        const tuid = t.datasource?.uid ?? pds;
        if (t.datasource?.uid) checkDsRef(`${pw} target ${t.refId}`, tuid, vars);
        const tvar = vars.get(dsVarName(tuid));
        const prom = tvar?.type === 'datasource' && tvar.query === 'prometheus';
        if (prom && !t.expr) err(pw, `target ${t.refId} has no expr`);
        if (t.expr && !balanced(t.expr)) err(pw, `unbalanced brackets in ${t.expr}`);
        if (prom && t.expr) checkScopeMatchers(`${pw} target ${t.refId}`, t.expr);
      }
      const refIds = (p.targets ?? []).map((t) => t.refId);
      if (new Set(refIds).size !== refIds.length) err(pw, 'duplicate refId');
    }
    ok(`${w}: ${panels.length} panels, uid ${d.uid}`);
  }
}

/**
 * Portable dashboards: every panel and target names its datasource through a `datasource`-type
 * template variable (`${datasource}`), never a provisioned uid, so the same JSON works when
 * provisioned here, imported elsewhere (`__inputs`), or pointed at another Prometheus.
 */
const BUILTIN_DS = new Set(['-- Grafana --', '-- Mixed --', '-- Dashboard --']);
const dsVarName = (uid) =>
  /^\$\{(\w+)\}$|^\$(\w+)$/
    .exec(String(uid ?? ''))
    ?.slice(1)
    .find(Boolean);

function checkDsRef(where, uid, vars) {
  if (BUILTIN_DS.has(uid)) return;
  const name = dsVarName(uid);
  if (!name) err(where, `hard-coded datasource uid "${uid}": use "\${datasource}"`);
  else if (vars.get(name)?.type !== 'datasource')
    err(where, `datasource "${uid}" is not a datasource-type template variable`);
}

/** The datasource, job and namespace variables and the import input every dashboard needs. */
function checkTemplating(w, d, dsUids) {
  const vars = new Map((d.templating?.list ?? []).map((v) => [v.name, v]));
  const ds = vars.get('datasource');
  if (ds?.type !== 'datasource' || ds.query !== 'prometheus')
    err(w, 'templating needs a "datasource" variable of type datasource, query "prometheus"');
  const types = [...dsUids.values()];
  if (!types.includes('prometheus')) err(w, 'no Prometheus datasource is provisioned');
  const input = (d.__inputs ?? []).find((i) => i.type === 'datasource');
  if (input?.pluginId !== 'prometheus' || !/^DS_\w+$/.test(input.name ?? ''))
    err(w, '__inputs needs a Prometheus datasource input (e.g. DS_PROMETHEUS) for import');
  for (const name of ['job', 'namespace']) {
    const v = vars.get(name);
    // All must mean ".*": compose series carry no namespace label, and ".*" also matches "".
    if (v?.type !== 'query' || !v.includeAll || v.allValue !== '.*')
      err(w, `templating needs a "${name}" query variable with All = ".*"`);
    else checkDsRef(`${w} variable ${name}`, v.datasource?.uid, vars);
  }
  for (const a of d.annotations?.list ?? [])
    if (a.datasource?.uid) checkDsRef(`${w} annotation "${a.name}"`, a.datasource.uid, vars);
  return vars;
}

/** Every metric selector is scoped by the dashboard's job and namespace variables. */
function checkScopeMatchers(where, expr) {
  for (const name of promqlMetricNames(expr)) {
    const escaped = name.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&');
    for (const m of expr.matchAll(
      new RegExp(`(?<![\\w:])${escaped}(?![\\w:])(\\{[^}]*\\})?`, 'g'),
    )) {
      const matchers = m[1] ?? '';
      if (!matchers.includes('job=~"$job"') || !matchers.includes('namespace=~"$namespace"'))
        err(where, `${name} is not filtered by job=~"$job", namespace=~"$namespace"`);
    }
  }
}

function balanced(s) {
  const stack = [];
  const pairs = { ')': '(', ']': '[', '}': '{' };
  let quote = null;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if ('([{'.includes(ch)) stack.push(ch);
    else if (pairs[ch] && stack.pop() !== pairs[ch]) return false;
  }
  return !stack.length && !quote;
}

// =====================================================================================
// metrics
// =====================================================================================
const PROMQL_KEYWORDS = new Set([
  'and',
  'or',
  'unless',
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'offset',
  'inf',
  'nan',
  'atan2',
  'start',
  'end',
]);
const BUILTIN_SERIES = new Set(['up']);

/** Metric names referenced by a PromQL expression (also handles Grafana $variables). */
export function promqlMetricNames(expr) {
  let s = String(expr);
  // Grafana templating helpers: label_values(metric, label) -> metric ; label_values(label) -> nothing
  s = s
    .replace(/label_values\(\s*([^,()]+?)\s*,[^)]*\)/g, ' $1 ')
    .replace(/label_values\([^,)]*\)/g, ' ');
  s = s.replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`[^`]*`/g, '""'); // strings
  s = s.replace(/\{[^}]*\}/g, ' '); // label matchers
  s = s.replace(/\[[^\]]*\]/g, ' '); // ranges / subqueries
  s = s.replace(/\$\{[^}]*\}|\$[A-Za-z_]\w*/g, ' 1 '); // Grafana variables
  s = s.replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' '); // grouping label lists
  s = s.replace(/\boffset\s+-?\d+[smhdwy]+/g, ' ');
  const names = new Set();
  for (const m of s.matchAll(/[A-Za-z_:][A-Za-z0-9_:]*/g)) {
    const name = m[0];
    const after = s.slice(m.index + name.length).trimStart();
    if (after.startsWith('(')) continue; // function / aggregation
    if (PROMQL_KEYWORDS.has(name.toLowerCase())) continue;
    if (/^\d/.test(name)) continue;
    const before = s.slice(0, m.index);
    if (/\d$/.test(before) && /^[smhdwy]+$/.test(name)) continue; // duration unit
    if (/^[eE]\d*$/.test(name) && /\d$/.test(before)) continue; // 1e3
    names.add(name);
  }
  return [...names];
}

function collectPromql(node, file, out, trail = []) {
  if (Array.isArray(node))
    return node.forEach((n, i) => collectPromql(n, file, out, [...trail, i]));
  if (!isObj(node)) return;
  // skip non-Prometheus Grafana targets (e.g. Loki)
  if (node.datasource?.type && node.datasource.type !== 'prometheus' && (node.expr || node.query))
    return;
  // a datasource template variable's query is a plugin id ("prometheus"), not PromQL
  if (node.type === 'datasource' && typeof node.query === 'string' && !node.expr) return;
  for (const [k, v] of Object.entries(node)) {
    if (typeof v === 'string' && ['expr', 'query'].includes(k) && trail.indexOf('matchers') === -1)
      out.push({ file, where: [...trail, k].join('.'), expr: v });
    else if (typeof v === 'string' && k === 'series')
      out.push({ file, where: [...trail, k].join('.'), expr: v.replace(/\{.*$/s, '') });
    else if (k === 'query' && isObj(v) && typeof v.query === 'string')
      out.push({ file, where: [...trail, k].join('.'), expr: v.query });
    else collectPromql(v, file, out, [...trail, k]);
  }
}

function checkMetrics() {
  section('metrics: names used by alerts, dashboards and scalers');
  const listFile = path.join(ROOT, 'monitoring/metrics.txt');
  if (!existsSync(listFile)) return err('monitoring', 'monitoring/metrics.txt missing');
  const raw = readFileSync(listFile, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const known = new Set();
  for (const n of raw) {
    if (!/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(n)) err(rel(listFile), `invalid metric name "${n}"`);
    if (known.has(n)) err(rel(listFile), `duplicate ${n}`);
    known.add(n);
  }
  const DEFAULTS = [
    'process_cpu_seconds_total',
    'process_resident_memory_bytes',
    'nodejs_eventloop_lag_seconds',
    'nodejs_heap_size_used_bytes',
  ];

  // agree with the code's metric registry when it is readable
  const namesFile = path.join(ROOT, 'src/core/metrics/metric-names.ts');
  const providersFile = path.join(ROOT, 'src/core/metrics/metrics.providers.ts');
  let histograms = null;
  if (existsSync(namesFile)) {
    const src = readFileSync(namesFile, 'utf8');
    const consts = Object.fromEntries(
      [...src.matchAll(/(\w+):\s*'([a-z_:][a-z0-9_:]*)'/g)].map((m) => [m[1], m[2]]),
    );
    const code = new Set(Object.values(consts));
    for (const n of known)
      if (!code.has(n) && !DEFAULTS.includes(n))
        err(rel(listFile), `${n} is not exported by the code (${rel(namesFile)})`);
    for (const n of code)
      if (!known.has(n)) warn(rel(listFile), `${n} is exported by the code but not listed`);
    if (existsSync(providersFile)) {
      const p = readFileSync(providersFile, 'utf8');
      histograms = new Set(
        [...p.matchAll(/makeHistogramProvider\(\{\s*name:\s*Metric\.(\w+)/g)]
          .map((m) => consts[m[1]])
          .filter(Boolean),
      );
    }
  } else warn('metrics', `${rel(namesFile)} not found: metrics.txt not compared with the code`);

  const exprs = [];
  for (const f of walkFiles(path.join(ROOT, 'monitoring'), ['.yml', '.yaml', '.json'])) {
    let docs;
    if (f.endsWith('.json')) {
      try {
        docs = [JSON.parse(readFileSync(f, 'utf8'))];
      } catch {
        continue; // reported by the grafana section
      }
    } else docs = parseYamlFile(f).map((d) => d.doc);
    // Alertmanager / Loki / Grafana provisioning hold no PromQL, but scanning them is harmless.
    for (const d of docs) collectPromql(d, f, exprs);
  }
  for (const f of walkFiles(path.join(ROOT, 'k8s'), ['.yaml', '.yml'])) {
    for (const { doc } of parseYamlFile(f))
      if (doc?.kind === 'ScaledObject')
        for (const t of doc.spec?.triggers ?? [])
          if (t.type === 'prometheus')
            exprs.push({ file: f, where: 'trigger.query', expr: t.metadata?.query ?? '' });
  }
  const used = new Set();
  let bad = 0;
  for (const { file, where, expr } of exprs) {
    for (const name of promqlMetricNames(expr)) {
      let base = name;
      const suffix = name.match(/_(bucket|sum|count)$/)?.[1];
      if (suffix && !known.has(name) && known.has(name.slice(0, -suffix.length - 1))) {
        base = name.slice(0, -suffix.length - 1);
        if (histograms && !histograms.has(base)) {
          err(`${rel(file)} ${where}`, `${name}: ${base} is not a histogram`);
          bad++;
        }
      }
      if (!known.has(base) && !BUILTIN_SERIES.has(base)) {
        err(
          `${rel(file)} ${where}`,
          `unknown metric ${name} (not in monitoring/metrics.txt) in: ${expr.replace(/\s+/g, ' ').slice(0, 120)}`,
        );
        bad++;
      }
      used.add(base);
    }
  }
  if (!bad)
    ok(
      `${exprs.length} PromQL expressions reference ${used.size} metrics, all in monitoring/metrics.txt`,
    );
  const unused = [...known].filter((n) => !used.has(n));
  if (unused.length)
    console.log(`  · listed but not used by any dashboard/alert: ${unused.join(', ')}`);
}

// =====================================================================================
const SECTIONS = {
  k8s: checkK8s,
  compose: checkCompose,
  grafana: checkGrafana,
  metrics: checkMetrics,
};
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const w of wanted)
  if (!SECTIONS[w]) {
    console.error(`unknown section ${w}; use: ${Object.keys(SECTIONS).join(' ')}`);
    process.exit(2);
  }
for (const name of wanted.length ? wanted : Object.keys(SECTIONS)) await SECTIONS[name]();

console.log(`\n${errors ? '✖' : '✔'} validate-k8s: ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors ? 1 : 0);
