namespace ParReport.Domain.Templates;

/// <summary>A relation between indicators that every report must satisfy, stated in the template's data or inferred from its tree.</summary>
public abstract record ConsistencyRule;

/// <summary>A part never exceeds its whole: resolved on time ≤ resolved, tasks done ≤ tasks set.</summary>
public sealed record PartOfWhole(string PartKey, string WholeKey) : ConsistencyRule;

/// <summary>Parts that partition a whole sum to it: units by autonomy level sum to all units.</summary>
public sealed record SumOfParts(string WholeKey, IReadOnlyList<string> PartKeys) : ConsistencyRule;

/// <summary>Disjoint parts of a whole sum to no more than it: tasks done on time + done late + late and not done ≤ tasks given.</summary>
public sealed record PartsAtMost(string WholeKey, IReadOnlyList<string> PartKeys) : ConsistencyRule;

/// <summary>
/// An option of a choice that requires a value under it (<see cref="Some"/>: "Có khảo sát" → at least one form counted)
/// or forbids one ("Không" → 0 or empty).
/// </summary>
public sealed record ChoiceRequires(string ChoiceKey, int Option, string Key, bool Some) : ConsistencyRule;
