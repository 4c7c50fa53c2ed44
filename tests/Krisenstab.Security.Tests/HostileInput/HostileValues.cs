namespace Krisenstab.Security.Tests.HostileInput;

/// <summary>Raw JSON values meant to break something: each is inserted into a body as it stands.</summary>
public static class HostileValues
{
    public static IReadOnlyList<string> Strings { get; } =
    [
        "\"\"", "\"   \"", $"\"{new string('x', 5_000)}\"", $"\"{new string('ü', 20_000)}\"", "\"\\ud800\"", "\"a\\udc00b\"", "\"\\udfff\\ud800\"",
        "\"\\u202eevil\\u202c\"", "\"\\u200f\\u200e\\u061c\"", "\"\\u200b\\ufeff\"", "\"\\u0000\"", "\"line\\r\\nX-Injected: 1\"",
        "\"'; DROP TABLE events; --\"", "\"' OR '1'='1\"", "\"\\\"; SELECT pg_sleep(10); --\"", "\"<script>alert(1)</script>\"",
        "\"<img src=x onerror=alert(1)>\"", "\"{{7*7}}${7*7}\"", "\"../../../../etc/passwd\"", "\"..\\\\..\\\\windows\\\\win.ini\"",
        "\"%00%2e%2e%2f\"", "\"🏳️‍🌈👨‍👩‍👧‍👦\"", "\"Z̷̛͉a̸l̶g̵o̴\"", "\"\\u0007\\u001b[31m\"", "\"null\"", "\"-1\"", "\"NaN\"",
    ];

    public static IReadOnlyList<string> Numbers { get; } =
    [
        "0", "-1", "-2147483648", "2147483647", "2147483648", "9223372036854775808", "-9223372036854775809", "1e400", "-1e400",
        "1.5", "0.0000001", "1E2", "\"12\"", "\"abc\"", "true", "null", "[]", "{}", "00012", "-0",
    ];

    public static IReadOnlyList<string> Dates { get; } =
    [
        "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59.9999999Z\"", "\"2026-02-30T10:00:00Z\"", "\"2026-13-01\"", "\"yesterday\"",
        "\"1970-01-01T00:00:00+14:00\"", "\"2026-12-01T25:61:61Z\"", "\"\"", "0", "-62135596800", "1e20", "\"2026-12-01\"",
    ];

    public static IReadOnlyList<string> Guids { get; } =
    [
        "\"not-a-guid\"", "\"\"", "\"00000000-0000-0000-0000-000000000000\"", "\"ffffffff-ffff-ffff-ffff-ffffffffffff\"", "123",
        "\"{00000000-0000-0000-0000-000000000000}\"", "\"00000000000000000000000000000000\"", "\"0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5\"",
    ];

    /// <summary>Any JSON kind, for a field that expects another.</summary>
    public static IReadOnlyList<string> AnyKind { get; } =
        ["null", "true", "false", "0", "-1", "\"text\"", "[]", "[1,2,3]", "{}", "{\"a\":{\"b\":[null]}}", "[[[[[[[[[[]]]]]]]]]]"];

    public static IReadOnlyList<string> Bodies { get; } =
    [
        "", " ", "{", "}", "{\"", "[", "null", "[]", "\"text\"", "123", "true", "{,}", "{\"a\":1,}", "{\"a\" 1}", "{'a':1}",
        "{\"a\":1}{\"b\":2}", "// comment\n{}", "{/* c */}", "\ufeff{}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}",
        new string('[', 5_000) + new string(']', 5_000), "{\"a\":" + new string('[', 200) + new string(']', 200) + "}",
        "{\"__proto__\":{\"admin\":true}}", "{\"$type\":\"System.IO.FileInfo, System.IO.FileSystem\",\"fileName\":\"/etc/passwd\"}",
        "<?xml version=\"1.0\"?><a>1</a>", "a=1&b=2", "NaN", "Infinity", "{\"a\":NaN}",
    ];

    public static IReadOnlyList<string> ContentTypes { get; } =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1",
        "application/json; charset=utf-7", "application/octet-stream", "application/merge-patch+json", "*/*", "json",
    ];

    public static IReadOnlyList<string> IdempotencyKeys { get; } =
    [
        "", " ", "x", new string('k', 10_000), "not a uuid at all", "00000000-0000-0000-0000-000000000000", "'; DROP TABLE events; --",
        "ü-ß-€", "a,b", "\t", "%00",
    ];

    public static IReadOnlyList<string> IfMatches { get; } =
    [
        "", "*", "\"\"", "\"abc\"", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"", "1", "\"1\", \"2\"", "\"1\"garbage", "\"0\"",
        "\"9223372036854775807\"", new string('"', 300),
    ];

    /// <summary>Route-segment replacements, already URL-escaped where they must be (no %00: Kestrel refuses it before the app, the test server cannot carry it).</summary>
    public static IReadOnlyList<string> PathSegments { get; } =
    [
        "..", "%2e%2e", "..%2f..%2fhealth", "%01", "%2f", "x%27%20OR%20%271%27%3D%271", "%3Cscript%3E", new string('a', 2_000), "%E2%80%AE",
        "%ED%A0%80", "%FF%FE", "00000000-0000-0000-0000-000000000000", "-1", "%20", "ü", "a;b", "a%5Cb", "KS-2022-0417",
    ];

    public static IReadOnlyList<string> QueryValues { get; } =
    [
        "", "-1", "0", "2147483648", "abc", "1e400", "true", "%00", "%ED%A0%80", "9999-99-99", "0001-01-01T00%3A00%3A00Z",
        "%27%3B%20DROP%20TABLE%20events%3B%20--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", new string('z', 3_000), "%E2%80%AE", "a&b=c",
    ];
}
