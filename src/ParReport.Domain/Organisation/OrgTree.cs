namespace ParReport.Domain.Organisation;

/// <summary>
/// Organisation units in a tree of any depth: province → district → commune, or province → commune after
/// the 2025 reform, or deeper (a commune-level unit inside a commune). A unit may not sit above its parent's
/// level, nor in a cycle; several roots are allowed.
/// </summary>
public sealed class OrgTree
{
    private readonly Dictionary<string, OrgUnit> _units;
    private readonly ILookup<string, OrgUnit> _children;

    private OrgTree(IEnumerable<OrgUnit> units)
    {
        _units = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        _children = _units.Values.Where(u => u.ParentCode is not null).ToLookup(u => u.ParentCode!, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<OrgUnit> Units => _units.Values;

    public IEnumerable<OrgUnit> Roots => _units.Values.Where(u => u.ParentCode is null);

    public OrgUnit? Find(string code) => _units.GetValueOrDefault(code);

    public IEnumerable<OrgUnit> ChildrenOf(string code) => _children[code];

    /// <summary>All units below a unit, depth first.</summary>
    public IEnumerable<OrgUnit> DescendantsOf(string code) =>
        _children[code].SelectMany(c => DescendantsOf(c.Code).Prepend(c));

    /// <summary>The unit's parent, its parent's parent … up to the root.</summary>
    public IEnumerable<OrgUnit> AncestorsOf(string code)
    {
        for (var unit = Find(code); unit?.ParentCode is not null && Find(unit.ParentCode) is { } parent; unit = parent)
            yield return parent;
    }

    public int DepthOf(string code) => AncestorsOf(code).Count();

    /// <summary>How officials list units: by Vietnamese name (then code), from each unit's place computed once a tree.</summary>
    public IComparer<OrgUnit> ByName => _byName ??= new NameOrder(_units.Values);

    /// <summary>The unit's place in <see cref="ByName"/>'s order (-1 for a code not in the tree): sorting many units by it compares integers.</summary>
    public int PlaceByName(string code) => ((NameOrder)ByName).PlaceOf(code);

    private NameOrder? _byName;

    private sealed class NameOrder(IEnumerable<OrgUnit> units) : IComparer<OrgUnit>
    {
        private static readonly StringComparer Names = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false);

        private readonly Dictionary<string, int> _places = units.OrderBy(u => u.Name, Names).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select((u, place) => (u.Code, place)).ToDictionary(u => u.Code, u => u.place, StringComparer.Ordinal);

        public int PlaceOf(string code) => _places.GetValueOrDefault(code, -1);

        public int Compare(OrgUnit? x, OrgUnit? y) =>
            x is not null && y is not null && _places.TryGetValue(x.Code, out var a) && _places.TryGetValue(y.Code, out var b) ? a.CompareTo(b)
                : Names.Compare(x?.Name, y?.Name) is var byName and not 0 ? byName : string.CompareOrdinal(x?.Code, y?.Code);
    }

    /// <summary>Builds the tree, or lists every unit that does not fit, naming its code.</summary>
    public static OrgTreeResult Build(IEnumerable<OrgUnit> units)
    {
        var problems = new List<OrgTreeProblem>();
        var byCode = new Dictionary<string, OrgUnit>(StringComparer.Ordinal);
        foreach (var unit in units)
            if (!byCode.TryAdd(unit.Code, unit)) problems.Add(new(unit.Code, OrgTreeMessages.DuplicateCode(unit.Code)));

        foreach (var unit in byCode.Values)
        {
            if (unit.ParentCode is null) continue;
            if (!byCode.TryGetValue(unit.ParentCode, out var parent))
                problems.Add(new(unit.Code, OrgTreeMessages.UnknownParent(unit.Code, unit.ParentCode)));
            else if (parent.Level > unit.Level)
                problems.Add(new(unit.Code, OrgTreeMessages.LevelNotBelowParent(unit.Code, UnitLevels.Name(unit.Level),
                    parent.Code, UnitLevels.Name(parent.Level))));
        }

        foreach (var unit in byCode.Values)
        {
            var path = new List<string> { unit.Code };
            for (var parent = unit.ParentCode; parent is not null && byCode.TryGetValue(parent, out var p); parent = p.ParentCode)
            {
                if (parent == unit.Code)
                {
                    // Reported once, by the member with the smallest code.
                    if (path.Min(StringComparer.Ordinal) == unit.Code) problems.Add(new(unit.Code, OrgTreeMessages.Cycle(string.Join(" → ", path.Append(unit.Code)))));
                    break;
                }
                if (path.Contains(parent)) break;
                path.Add(parent);
            }
        }
        return problems.Count > 0 ? new OrgTreeResult(null, problems) : new OrgTreeResult(new OrgTree(byCode.Values), []);
    }
}
