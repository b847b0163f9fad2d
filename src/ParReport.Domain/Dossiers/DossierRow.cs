using ParReport.Domain.Text;
namespace ParReport.Domain.Dossiers;

/// <summary>One row of a dossier export: its line, and the dossier it holds or the reasons it was refused.</summary>
public sealed record DossierRow(int Line, Dossier? Dossier, IReadOnlyList<RowError> Errors);
