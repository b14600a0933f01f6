namespace CodeSearch.Server.Caching;

/// <summary>
/// The response cache's doorkeeper: remembers the hashes of recently computed keys in a fixed table of slots (4 bytes
/// each, <see cref="Options.CacheOptions.SearchSecondSightSlots"/>), so that an answer is stored only when its key
/// comes again while still remembered. A new key takes the slot its hash points to, pushing out whatever key was
/// there, so a key is remembered for about as many other new keys as there are slots. Two keys share a remembered
/// hash only if their 32-bit hashes are equal (then the second is admitted at once: harmless). Slots are read and
/// written without locks; a lost race only means one more sight before admission.
/// </summary>
internal sealed class SecondSight
{
    private readonly int[] _slots;
    private readonly int _mask;

    /// <param name="slots">How many key hashes to remember; rounded up to a power of two, at least 1.</param>
    public SecondSight(int slots)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, slots));
        _slots = new int[size];
        _mask = size - 1;
    }

    public int Slots => _slots.Length;

    /// <summary>
    /// True when <paramref name="key"/> was seen recently (the answer may be stored); otherwise remembers it and
    /// returns false.
    /// </summary>
    public bool SeenBefore(string key)
    {
        var hash = key.GetHashCode();
        var fingerprint = hash == 0 ? 1 : hash; // 0 marks an empty slot
        // The slot from the hash's high bits mixed in, so keys whose hashes differ only high up spread too.
        ref var slot = ref _slots[(int)((uint)(hash ^ (hash >>> 16)) & (uint)_mask)];
        if (Volatile.Read(ref slot) == fingerprint) return true;
        Volatile.Write(ref slot, fingerprint);
        return false;
    }
}
