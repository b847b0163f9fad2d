using ParReport.Domain.Entry;

namespace ParReport.Domain.Tests.Entry;

public sealed class FieldMergeTest
{
    private static readonly Dictionary<string, string> Stored = new() { ["a"] = "1", ["b"] = "2", ["c"] = "3" };

    [Fact]
    public void Untouched_fields_are_left_alone_even_if_they_changed_meanwhile()
    {
        var (changes, conflicts) = FieldMerge.Merge(Stored, [("a", "0", "0")]);
        Assert.Empty(changes);
        Assert.Empty(conflicts);
    }

    [Fact]
    public void A_change_over_an_unchanged_field_is_kept_a_change_over_a_changed_one_is_a_conflict()
    {
        var (changes, conflicts) = FieldMerge.Merge(Stored, [("a", "1", "10"), ("b", "0", "20"), ("d", null, "4")]);
        Assert.Equal([new FieldChange<string>("a", "1", "10"), new FieldChange<string>("d", null, "4")], changes);
        Assert.Equal(new FieldConflict<string>("b", "0", "20", "2"), Assert.Single(conflicts));
    }

    [Fact]
    public void Two_people_making_the_same_change_do_not_conflict_and_clearing_is_a_change()
    {
        var (changes, conflicts) = FieldMerge.Merge(Stored, [("c", "0", "3"), ("b", "2", null)]);
        Assert.Equal(new FieldChange<string>("b", "2", null), Assert.Single(changes));
        Assert.Empty(conflicts);
    }
}
