/**
 * Words engineers write in brag documents, most frequent first; text is drawn from them with
 * a Zipf distribution, so a few words are everywhere and most are rare.
 */
export const VOCABULARY = `the and to of a in for with on we team service latency migration deploy
review design api database cache incident release platform performance reliability cost build test
pipeline query index queue worker cluster schema rollout rollback feature flag monitoring alert
dashboard oncall postmortem runbook capacity throughput p99 p95 error budget slo sli availability
outage customer checkout payments billing ledger search ingestion storage backup restore
encryption auth token session gateway proxy load balancer kubernetes container terraform
infrastructure cloud region failover replication shard partition consistency transaction lock
contention timeout retry backoff circuit breaker idempotency webhook event stream kafka consumer
producer topic batch job scheduler cron memory leak profiling flamegraph allocation garbage
collection heap cpu disk network bandwidth cdn compression serialization protobuf json graphql
grpc rest endpoint contract versioning deprecation compatibility upgrade dependency library
framework monorepo ci cd lint typecheck coverage flaky integration regression benchmark load
stress chaos resilience observability tracing logging metrics sampling cardinality retention
cleanup refactor simplify abstraction interface module boundary ownership codeowners
documentation rfc adr proposal decision tradeoff alternative risk mitigation milestone roadmap
quarter planning estimate scope stakeholder alignment consensus feedback mentoring pairing
onboarding hiring interview career growth promotion staff senior principal architect
strategy vision north star initiative program cross functional organisation product manager
designer analytics experiment ab conversion retention churn revenue margin savings budget vendor
contract negotiation compliance audit gdpr soc2 security vulnerability patch cve penetration
threat model secrets rotation certificate tls dns firewall vpn sso saml oidc mfa permissions rbac
tenant isolation multitenancy sandbox quota rate limiting throttling abuse fraud detection
model inference training dataset pipeline feature store notebook warehouse lake etl dbt airflow
spark presto snowflake bigquery redshift postgres mysql sqlite redis memcached elasticsearch
opensearch dynamodb cassandra mongodb s3 gcs blob object bucket lifecycle archive cold tier
mobile ios android react typescript javascript python golang rust java kotlin swift scala elixir
accessibility localization i18n translation timezone calendar notification email sms push
websocket realtime collaboration editor offline sync conflict merge crdt snapshot diff patch
ledger reconciliation invoice refund chargeback settlement payout currency exchange tax
shipping fulfilment inventory warehouse routing dispatch tracking eta geocoding maps
debugging bisect reproduce hotfix backport cherry pick freeze canary blue green shadow traffic
sunset decommission legacy mainframe cobol rewrite strangler facade adapter gateway sidecar mesh
istio envoy nginx haproxy varnish fastly cloudflare akamai lambda serverless function edge
zanzibar spanner paxos raft gossip quorum leader election heartbeat lease fencing clock skew
hyrum conway brooks amdahl little queueing backpressure bulkhead hedging tail amplification`
  .split(/\s+/)
  .filter(Boolean);

/** Two-word phrases sprinkled into the text so phrase queries have something to find. */
export const PHRASES = [
  'design review', 'incident review', 'error budget', 'feature flag', 'load balancer', 'circuit breaker',
  'cost savings', 'on call', 'rate limiting', 'shadow traffic', 'schema migration', 'tail latency',
  'leader election', 'clock skew', 'canary release', 'capacity planning',
];
