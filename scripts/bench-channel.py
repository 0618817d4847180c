#!/usr/bin/env python3
"""Open-loop load on the Twilio webhook: RATE signed messages a second for DURATION seconds, sent
on schedule whatever the answers' speed (so a slow answer cannot hide behind fewer requests), from
WORKERS test numbers each walking through a whole report, then the answer times' percentiles.
127.0.0.1 only. Used by scripts/bench-channel.sh; docs/performance.md has the figures."""
import base64, concurrent.futures, hashlib, hmac, os, sys, threading, time, urllib.parse, urllib.request

URL = os.environ.get("URL", "http://127.0.0.1:8090/api/v1/channels/twilio")
PUBLIC = os.environ["PUBLIC_URL"].rstrip("/") + "/api/v1/channels/twilio"
TOKEN = os.environ["TWILIO_TOKEN"].encode()
RATE = int(os.environ.get("RATE", "200"))
DURATION = int(os.environ.get("DURATION", "20"))
WORKERS = int(os.environ.get("WORKERS", "400"))
SCRIPT = ["Hola", "1", "2", "3", "Rancho de prueba", "NC", "Nos descuentan la vivienda cada semana.", "no", "no",
          "Gracias", "Otra cosa mas"]
if not URL.startswith("http://127.0.0.1:"):
    sys.exit("127.0.0.1 only")

lock = threading.Lock()
steps = [0] * WORKERS
times, statuses = [], {}


def signed(form):
    data = PUBLIC + "".join(k + v for k, v in sorted(form.items()))
    return base64.b64encode(hmac.new(TOKEN, data.encode(), hashlib.sha1).digest()).decode()


def send(i, seq):
    with lock:
        step = steps[i] % len(SCRIPT)
        steps[i] += 1
    form = {"MessageSid": "SMbench%012d" % seq, "From": "+5215599%06d" % i, "To": "+19195550100",
            "Body": SCRIPT[step], "NumMedia": "0"}
    body = urllib.parse.urlencode(form).encode()
    request = urllib.request.Request(URL, data=body, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signed(form)})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            answer.read()
            status = answer.status
    except urllib.error.HTTPError as e:
        status = e.code
    except Exception as e:  # noqa: BLE001 - a refused connection is a result too
        status = type(e).__name__
    elapsed = (time.perf_counter() - start) * 1000
    with lock:
        times.append(elapsed)
        statuses[status] = statuses.get(status, 0) + 1


def main():
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=256)
    begin = time.perf_counter()
    total = RATE * DURATION
    for seq in range(total):
        due = begin + seq / RATE
        wait = due - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        pool.submit(send, seq % WORKERS, seq)
    pool.shutdown(wait=True)
    took = time.perf_counter() - begin
    times.sort()
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    print("sent %d in %.1f s (%.0f/s offered at %d/s); statuses %s" % (len(times), took, len(times) / took, RATE,
                                                                      statuses))
    print("answer ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f" % (pick(0.5), pick(0.9), pick(0.99), times[-1]))


main()
