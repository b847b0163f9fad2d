namespace ParReport.Domain.Dossiers;

/// <summary>The usual Vietnamese header of each column, to name it to the user.</summary>
public static class DossierColumnNames
{
    public static string Of(DossierColumn column) => DossierMessages.ColumnName(column);
}
