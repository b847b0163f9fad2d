namespace ParReport.Domain.Entry;

/// <summary>A field whose stored value changed since the official opened it, to something other than what they typed.</summary>
public sealed record FieldConflict<T>(string Key, T? Original, T? Mine, T? Stored);

/// <summary>A change to keep: the stored value and the one replacing it.</summary>
public sealed record FieldChange<T>(string Key, T? Old, T? New);

/// <summary>
/// Optimistic concurrency field by field. An official submits each field with the value it had when they
/// opened it. A field they did not touch is left alone; one they changed is kept if nobody else changed it
/// meanwhile (or changed it the same way); otherwise it is a conflict, and the official chooses.
/// Two people editing different fields of one form never collide; nothing is overwritten silently.
/// </summary>
public static class FieldMerge
{
    public static (IReadOnlyList<FieldChange<T>> Changes, IReadOnlyList<FieldConflict<T>> Conflicts) Merge<T>(
        IReadOnlyDictionary<string, T> stored, IEnumerable<(string Key, T? Original, T? Mine)> submitted)
    {
        var changes = new List<FieldChange<T>>();
        var conflicts = new List<FieldConflict<T>>();
        var same = EqualityComparer<T?>.Default;
        foreach (var (key, original, mine) in submitted)
        {
            if (same.Equals(original, mine)) continue;
            var current = stored.TryGetValue(key, out var value) ? value : default;
            if (same.Equals(current, mine)) continue;
            if (same.Equals(current, original)) changes.Add(new(key, current, mine));
            else conflicts.Add(new(key, original, mine, current));
        }
        return (changes, conflicts);
    }
}
