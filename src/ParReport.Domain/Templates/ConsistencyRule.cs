namespace ParReport.Domain.Templates;

/// <summary>A relation between indicators that every report must satisfy, inferred from the template's tree.</summary>
public abstract record ConsistencyRule;

/// <summary>A part never exceeds its whole: resolved on time ≤ resolved, tasks done ≤ tasks set.</summary>
public sealed record PartOfWhole(string PartKey, string WholeKey) : ConsistencyRule;

/// <summary>Parts that partition a whole sum to it: units by autonomy level sum to all units.</summary>
public sealed record SumOfParts(string WholeKey, IReadOnlyList<string> PartKeys) : ConsistencyRule;
