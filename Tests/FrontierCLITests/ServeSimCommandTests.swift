import Foundation
import Testing

@Suite struct ServeSimCommandTests {
    /// Starts the binary on any port, streams one answer through bash's /dev/tcp, then stops it with SIGTERM.
    @Test func servesAStreamOnThePortItPrintsAndStopsOnSIGTERM() throws {
        let out = temporaryFile("", suffix: ".out"), err = temporaryFile("", suffix: ".err")
        defer { unlink(out); unlink(err) }
        let script = """
        "$0" serve-sim --port 0 --time-scale 0.01 --tokens-per-chunk 2 > "$1" 2> "$2" &
        pid=$!
        port=
        for i in $(seq 200); do
          port=$(grep -o 'http://127.0.0.1:[0-9]*' "$1" | head -1 | cut -d: -f3)
          [ -n "$port" ] && break
          sleep 0.05
        done
        body='{"messages":[{"role":"user","content":"hello there"}],"max_tokens":4,"ignore_eos":true,"stream":true,"stream_options":{"include_usage":true}}'
        exec 3<>/dev/tcp/127.0.0.1/$port
        printf 'POST /v1/chat/completions HTTP/1.1\\r\\nhost: 127.0.0.1\\r\\nconnection: close\\r\\ncontent-length: %d\\r\\n\\r\\n%s' ${#body} "$body" >&3
        timeout 10 cat <&3
        kill -TERM $pid
        wait $pid
        echo "exit $?"
        """
        let (status, output) = spawn(["/bin/bash", "-c", script, frontierBinary, out, err])
        #expect(status == 0, "\(output)")
        let printed = try String(contentsOfFile: out, encoding: .utf8)
        #expect(printed.hasPrefix("frontier serve-sim: http://127.0.0.1:"))
        #expect(printed.contains("serving sim-llama-3.3-70b-2xh100 (preset h100x2-llama70b)"))
        #expect(printed.contains("a 18.5 ms, b 0.09 ms, p 0.0775 ms/token, S 90, B 8192, Q 4096; time scale 0.01, seed 0"))
        #expect(output.contains("HTTP/1.1 200 OK"))
        #expect(output.contains(#""delta":{"role":"assistant","content":"the cost "}"#))
        #expect(output.contains(#""usage":{"prompt_tokens":2,"completion_tokens":4,"total_tokens":6}"#))
        #expect(output.contains("data: [DONE]"))
        #expect(output.hasSuffix("exit 0\n"))
        let stopped = try String(contentsOfFile: err, encoding: .utf8)
        #expect(stopped == "frontier serve-sim: stopped; requests: 1 received, 1 completed, 0 failed, 0 rejected, 0 cancelled; at most 1 in flight\n")
    }

    @Test func badSettingsAreRefusedWithTheirNames() {
        let (status, output) = frontier("serve-sim", "--time-scale", "0", "--fail-rate", "2")
        #expect(status == 64)
        #expect(output.contains("time scale must be > 0 (got 0.0)"))
        #expect(output.contains("fail rate must be in [0, 1] (got 2.0)"))
        let preset = frontier("serve-sim", "--preset", "a100x8")
        #expect(preset.status == 64 && preset.output.contains("--preset must be one of h100x2-llama70b (got a100x8)"))
        let mode = frontier("serve-sim", "--fail-mode", "sometimes")
        #expect(mode.status == 64 && mode.output.contains("--fail-mode"))
        let port = frontier("serve-sim", "--port", "70000")
        #expect(port.status == 64 && port.output.contains("--port must be 0 to 65535 (got 70000)"))
    }
}
