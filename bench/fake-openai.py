#!/usr/bin/env python3
"""A stand-in for OpenAI's chat completions API during bench/run: every answer takes LATENCY_MS (default 800), as a
real model's would, and costs this process almost nothing while it waits (asyncio), so 500 conversations at once
measure the service, not the fake.

Usage: bench/fake-openai.py PORT [LATENCY_MS]
Answers POST /v1/chat/completions with a structured reply in the chatbot's schema (no prices, so no tool call is
needed). HTTP/1.1 with keep-alive; serves only 127.0.0.1; keeps nothing.
"""
import asyncio
import json
import sys

REPLY = json.dumps({"response": "We bring the hibachi grill and a chef to your home, and cook for your party.",
                    "intent": "other", "confidence": 0.9, "quickReplies": ["See packages", "Book now"]})
BODY = json.dumps({"id": "chatcmpl-bench", "object": "chat.completion", "created": 1764633600,
                   "model": "gpt-4o-mini",
                   "choices": [{"index": 0, "message": {"role": "assistant", "content": REPLY, "refusal": None},
                                "finish_reason": "stop", "logprobs": None}],
                   "usage": {"prompt_tokens": 900, "completion_tokens": 40, "total_tokens": 940}}).encode()
latency = 0.8


async def serve(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            if length:
                await reader.readexactly(length)
            await asyncio.sleep(latency)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                         + str(len(BODY)).encode() + b"\r\n\r\n" + BODY)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(port):
    server = await asyncio.start_server(serve, "127.0.0.1", port, backlog=2048)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    if len(sys.argv) > 2:
        latency = int(sys.argv[2]) / 1000
    asyncio.run(main(int(sys.argv[1])))
