#!/usr/bin/env bash
# The outbox with real connections: concurrent claimers get disjoint events; an unacked event is
# delivered again after its lease; a lost lease can neither ack nor fail; failures back off
# exponentially and end as dead letters, and so do events whose publisher never answers.
source "$(dirname "$0")/tap.sh"
plan 13
platform_db outbox
q -d outbox -c "SELECT count(*) FROM (SELECT platform.enqueue_event('test.event', jsonb_build_object('n', i)) FROM generate_series(1, 200) i) s" >/dev/null

# Two claimers at once, each holding its claim open for a second.
a=$(mktemp); b=$(mktemp)
claim='SELECT id FROM platform.claim_events(120, interval '"'"'5 minutes'"'"')'
q -d outbox -c "BEGIN" -c "$claim" -c "SELECT pg_sleep(1)" -c "COMMIT" | grep -E '^[0-9a-f-]{36}$' >"$a" &
pid=$!
sleep 0.2
q -d outbox -c "BEGIN" -c "$claim" -c "COMMIT" | grep -E '^[0-9a-f-]{36}$' >"$b"
wait $pid
is "$(printf '%s\n' "$(wc -l <"$a" | tr -d ' ')" "$(wc -l <"$b" | tr -d ' ')" | sort -n | paste -sd+)" "80+120" \
   "two concurrent claimers got 120 and the remaining 80 events (in either order)"
is "$(sort "$a" "$b" | uniq -d | wc -l | tr -d ' ')" "0" "... and no event twice"
rm -f "$a" "$b"

# Lease expiry: claim one event with a 1-second lease, never ack it; it is due again afterwards,
# and the first publisher's token is dead: it can neither ack nor fail the event.
q -d outbox -c "TRUNCATE event_outbox" -c "SELECT platform.enqueue_event('test.lease', '{}')" >/dev/null
read -r first tok1 <<<"$(q -d outbox -F ' ' -c "SELECT id, lease_token FROM platform.claim_events(10, interval '1 second')")"
is "$(q -d outbox -c "SELECT count(*) FROM platform.claim_events(10, interval '1 second')")" "0" "a leased event is not delivered twice"
sleep 1.2
read -r second attempts tok2 <<<"$(q -d outbox -F ' ' -c "SELECT id, attempts, lease_token FROM platform.claim_events(10, interval '1 minute')")"
is "$second $attempts" "$first 2" "after the lease expires the event is delivered again (attempt 2)"
is "$(q -d outbox -c "SELECT platform.ack_event('$first', '$tok1')")" "f" "the expired lease's token cannot ack it (false)"
err=$(q -d outbox -c "SELECT * FROM platform.fail_event('$first', '$tok1', 'late')" 2>&1)
grep -q "lost to a later claim" <<<"$err"; ok $? "... nor fail it (55000: lease lost)"
err=$(q -d outbox -c "\set VERBOSITY verbose" -c "SELECT platform.ack_event('$first')" 2>&1)
grep -q "55000" <<<"$err"; ok $? "the token-less ack_event(id) of 0.2.0 refuses (55000)"
is "$(q -d outbox -c "SELECT (published_at IS NULL) || ' ' || (last_error IS NULL) FROM event_outbox")" "true true" "... and nothing changed"
is "$(q -d outbox -c "SELECT platform.ack_event('$first', '$tok2')")|$(q -d outbox -c "SELECT platform.ack_event('$first', '$tok2')")" "t|f" \
   "the current claim's token acks it, once"

# A publisher that crashes on an event (never acks or fails it): after max_attempts claims the
# next claim dead-letters it instead of leasing it again.
q -d outbox -c "TRUNCATE event_outbox" -c "SELECT platform.enqueue_event('test.crash', '{}', NULL, '0 seconds', 2)" >/dev/null
for i in 1 2; do
  q -d outbox -c "SELECT count(*) FROM platform.claim_events(1, interval '1 minute')" >/dev/null
  q -d outbox -c "UPDATE event_outbox SET next_attempt_at = now()" >/dev/null   # the lease expires
done
is "$(q -d outbox -c "SELECT count(*) FROM platform.claim_events(10, interval '1 minute')")|$(q -d outbox -c "SELECT attempts || ' ' || (dead_at IS NOT NULL) FROM event_outbox")" \
   "0|2 true" "an event claimed max_attempts times without an answer is dead-lettered by the next claim"

# Backoff and dead letters: fail an event with max_attempts 4 again and again.
q -d outbox -c "TRUNCATE event_outbox" -c "SELECT platform.enqueue_event('test.fail', '{}', NULL, '0 seconds', 4)" >/dev/null
delays=""
for i in 1 2 3; do
  q -d outbox -c "UPDATE event_outbox SET next_attempt_at = now()" >/dev/null   # make it due now
  read -r id tok <<<"$(q -d outbox -F ' ' -c "SELECT id, lease_token FROM platform.claim_events(1, interval '1 minute')")"
  delays+="$(q -d outbox -c "SELECT round(extract(epoch FROM next_attempt_at - clock_timestamp())) FROM platform.fail_event('$id', '$tok', 'boom $i')") "
done
read -r d1 d2 d3 <<<"$delays"
(( d1 >= 7 && d1 <= 13 && d2 >= 15 && d2 <= 25 && d3 >= 30 && d3 <= 50 )); ok $? "failures back off exponentially with jitter: ${delays}s (base 10 s, +/-25 %)"
q -d outbox -c "UPDATE event_outbox SET next_attempt_at = now()" >/dev/null
read -r id tok <<<"$(q -d outbox -F ' ' -c "SELECT id, lease_token FROM platform.claim_events(1, interval '1 minute')")"
q -d outbox -c "SELECT * FROM platform.fail_event('$id', '$tok', 'final')" >/dev/null
is "$(q -d outbox -c "SELECT attempts || ' ' || (dead_at IS NOT NULL) || ' ' || last_error FROM event_outbox")" "4 true final" \
   "after max_attempts the event is parked as a dead letter"
is "$(q -d outbox -c "SELECT count(*) FROM platform.claim_events(10, interval '1 minute')")|$(q -d outbox -c "SELECT state || '=' || events FROM platform.outbox_status()")" \
   "0|dead=1" "a dead letter is never claimed again and shows as dead"
drop_db outbox
done_testing
