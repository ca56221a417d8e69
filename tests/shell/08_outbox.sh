#!/usr/bin/env bash
# The outbox with real connections: concurrent claimers get disjoint events; an unacked event is
# delivered again after its lease; failures back off exponentially and end as dead letters.
source "$(dirname "$0")/tap.sh"
plan 7
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

# Lease expiry: claim one event with a 1-second lease, never ack it; it is due again afterwards.
q -d outbox -c "TRUNCATE event_outbox" -c "SELECT platform.enqueue_event('test.lease', '{}')" >/dev/null
first=$(q -d outbox -c "SELECT id FROM platform.claim_events(10, interval '1 second')")
is "$(q -d outbox -c "SELECT count(*) FROM platform.claim_events(10, interval '1 second')")" "0" "a leased event is not delivered twice"
sleep 1.2
is "$(q -d outbox -c "SELECT id || ' ' || attempts FROM platform.claim_events(10, interval '1 second')")" "$first 2" \
   "after the lease expires the event is delivered again (attempt 2)"

# Backoff and dead letters: fail an event with max_attempts 4 again and again.
q -d outbox -c "TRUNCATE event_outbox" -c "SELECT platform.enqueue_event('test.fail', '{}', NULL, '0 seconds', 4)" >/dev/null
delays=""
for i in 1 2 3; do
  q -d outbox -c "UPDATE event_outbox SET next_attempt_at = now()" >/dev/null   # make it due now
  id=$(q -d outbox -c "SELECT id FROM platform.claim_events(1, interval '1 minute')")
  delays+="$(q -d outbox -c "SELECT round(extract(epoch FROM next_attempt_at - clock_timestamp())) FROM platform.fail_event('$id', 'boom $i')") "
done
read -r d1 d2 d3 <<<"$delays"
(( d1 >= 7 && d1 <= 13 && d2 >= 15 && d2 <= 25 && d3 >= 30 && d3 <= 50 )); ok $? "failures back off exponentially with jitter: ${delays}s (base 10 s, +/-25 %)"
q -d outbox -c "UPDATE event_outbox SET next_attempt_at = now()" >/dev/null
id=$(q -d outbox -c "SELECT id FROM platform.claim_events(1, interval '1 minute')")
q -d outbox -c "SELECT * FROM platform.fail_event('$id', 'final')" >/dev/null
is "$(q -d outbox -c "SELECT attempts || ' ' || (dead_at IS NOT NULL) || ' ' || last_error FROM event_outbox")" "4 true final" \
   "after max_attempts the event is parked as a dead letter"
is "$(q -d outbox -c "SELECT count(*) FROM platform.claim_events(10, interval '1 minute')")|$(q -d outbox -c "SELECT state || '=' || events FROM platform.outbox_status()")" \
   "0|dead=1" "a dead letter is never claimed again and shows as dead"
drop_db outbox
done_testing
