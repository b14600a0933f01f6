using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace CodeSearch.Benchmarks;

/// <summary>
/// Where a process's kept memory is, by collection: entry counts of every collection (and of every large array of
/// references) reachable from a root object and from the static fields of the CodeSearch assemblies, found by
/// reflection; <see cref="FreeEach"/> then clears them one by one and prints what each gave back after a full
/// collection (destructive: run it last). For the memory benchmarks only (docs/benchmarks.md "Peak memory under load").
/// </summary>
internal static class CacheCensus
{
    public static readonly Dictionary<string, object> Objects = new();

    public static void FreeEach()
    {
        var last = GC.GetTotalMemory(true);
        foreach (var (k, o) in Objects.OrderBy(p => p.Key))
        {
            try { if (o is Array a) Array.Clear(a); else o.GetType().GetMethod("Clear", Type.EmptyTypes)?.Invoke(o, null); } catch { continue; }
            var now = GC.GetTotalMemory(true);
            if (last - now > 200_000) Console.WriteLine($"  freed {(last - now) / 1048576.0,6:F2} MiB  {k}");
            last = now;
        }
    }

    public static Dictionary<string, int> Take(object root)
    {
        var counts = new Dictionary<string, int>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<(object, string)>();
        queue.Enqueue((root, root.GetType().Name));
        foreach (var asm in AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name!.StartsWith("CodeSearch", StringComparison.Ordinal)))
            foreach (var t in asm.GetTypes().Where(t => !t.ContainsGenericParameters))
                foreach (var f in t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
                {
                    try { if (f.GetValue(null) is { } v) queue.Enqueue((v, t.Name + "." + f.Name)); } catch { }
                }
        while (queue.Count > 0)
        {
            var (o, path) = queue.Dequeue();
            var type = o.GetType();
            if (type.IsPrimitive || o is string || type.IsPointer || o is Delegate || o is Type || o is Assembly || o is MemberInfo) continue;
            if (!seen.Add(o)) continue;
            if (seen.Count > 3_000_000) break;
            if (o is ICollection c && !type.IsArray)
            {
                if (c.Count >= 500) { counts[path + " <" + Short(type) + ">"] = c.Count; Objects[path + " <" + Short(type) + ">"] = o; }
                continue; // do not descend into collections' contents
            }
            if (type.IsArray)
            {
                var arr = (Array)o;
                if (type.GetElementType()!.IsValueType) continue;
                if (arr.Length > 10_000)
                {
                    var n = 0;
                    foreach (var e in arr) if (e is not null) n++;
                    counts[path + " <" + Short(type) + ">"] = n; Objects[path + " <" + Short(type) + ">"] = o;
                    continue;
                }
                var k = 0;
                foreach (var e in arr) { if (e is not null && k++ < 64) queue.Enqueue((e, path + "[]")); }
                continue;
            }
            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
                foreach (var f in t.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
                {
                    if (f.FieldType.IsPrimitive || f.FieldType.IsPointer) continue;
                    object? v;
                    try { v = f.GetValue(o); } catch { continue; }
                    if (v is not null && !v.GetType().IsValueType) queue.Enqueue((v, path + "." + f.Name));
                }
        }
        return counts;
    }

    private static string Short(Type t) => t.IsGenericType ? t.Name + "[" + string.Join(",", t.GetGenericArguments().Select(a => a.Name)) + "]" : t.Name;

    public static void Print(Dictionary<string, int> before, Dictionary<string, int> after)
    {
        foreach (var (k, v) in after.OrderByDescending(p => p.Value - before.GetValueOrDefault(p.Key)))
            if (v - before.GetValueOrDefault(k) > 200) Console.WriteLine($"  {v - before.GetValueOrDefault(k),8} (now {v,8})  {k}");
    }
}
