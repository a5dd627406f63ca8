#!/usr/bin/env python3
"""Where the service's CPU goes, from a JDK Flight Recorder file: prints two markdown tables.

Usage: bench/profile.py JFR_BINARY RECORDING.jfr
Each execution sample is charged to the innermost frame that belongs to a known library (so 'JSON' is all the time
spent inside Jackson, whoever called it), and separately to the phase of the work it was part of (JIT stubs and
truncated stacks count as other).
"""
import collections
import json
import subprocess
import sys

LIBRARIES = [  # innermost match wins
    ("JSON (Jackson)", ("tools/jackson", "com/fasterxml/jackson")),
    ("logging", ("ch/qos/logback", "org/slf4j")),
    ("SQL rendering and record mapping (jOOQ)", ("org/jooq",)),
    ("JDBC driver", ("org/postgresql",)),
    ("connection pool", ("com/zaxxer",)),
    ("event publication registry (Spring Modulith)", ("org/springframework/modulith",)),
    ("transactions", ("org/springframework/transaction", "org/springframework/jdbc")),
    ("ChefWeb's own code", ("com/chefweb",)),
    ("security filters", ("org/springframework/security",)),
    ("Spring MVC and AOP", ("org/springframework",)),
    ("Tomcat and HTTP", ("org/apache",)),
]
PHASES = [  # the first phase any frame of the sample names wins
    ("listener: payment's copy of the booking", "BookingDueListener"),
    ("listener: notify's copy of the booking", "BookingEmails"),
    ("registry: marking each delivery started and completed", "CompletionRegisteringAdvisor"),
    ("registry: storing one publication per listener", "DefaultEventPublicationRegistry.store"),
    ("rate limits", "RateLimit"),
    ("the booking's own transaction", "BookingPlacement.place"),
    ("HTTP, security, MVC and JSON around it", "Http11Processor"),
    ("scheduled jobs", "ScheduledMethodRunnable"),
]


def main(jfr, recording):
    out = subprocess.run([jfr, "print", "--json", "--stack-depth", "400", "--events", "jdk.ExecutionSample",
                          recording], capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    libraries, phases, total = collections.Counter(), collections.Counter(), 0
    for event in events:
        stack = event["values"]["stackTrace"]
        if not stack:
            continue
        frames = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in stack["frames"]]
        total += 1
        libraries[next((name for frame in frames for name, prefixes in LIBRARIES
                        if frame.startswith(prefixes)), "JDK and other")] += 1
        phases[next((name for name, marker in PHASES if any(marker in frame for frame in frames)), "other")] += 1
    if total == 0:
        print("(no samples)")
        return
    print("| where (innermost library) | share of CPU samples |\n|---|---|")
    for name, count in libraries.most_common():
        print(f"| {name} | {100 * count / total:.0f}% |")
    print("\n| phase of the work | share of CPU samples |\n|---|---|")
    for name, count in phases.most_common():
        print(f"| {name} | {100 * count / total:.0f}% |")
    print(f"\n{total} samples.")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
