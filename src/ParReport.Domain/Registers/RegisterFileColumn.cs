namespace ParReport.Domain.Registers;

/// <summary>
/// A column of files kept another way that holds several of a register's columns in one cell, with the headers it goes
/// by and how its cell splits (by column id; a part it cannot tell is left out, to be derived or refused as missing).
/// </summary>
public sealed record RegisterFileColumn(IReadOnlyList<string> Headers, IReadOnlyList<string> Gives, Func<string, IReadOnlyDictionary<string, string?>> Split);
