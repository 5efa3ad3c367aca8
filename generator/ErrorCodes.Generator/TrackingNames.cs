namespace ErrorCodes.Generator
{
    /// <summary>Names of the incremental pipeline steps, so tests can check what re-ran.</summary>
    public static class TrackingNames
    {
        /// <summary>CSV additional files selected as catalogs.</summary>
        public const string CatalogFiles = nameof(CatalogFiles);

        /// <summary>The paths of catalog files listed more than once.</summary>
        public const string RepeatedFiles = nameof(RepeatedFiles);

        /// <summary>Each catalog read and turned into a domain model with its diagnostics.</summary>
        public const string Catalogs = nameof(Catalogs);

        /// <summary>The domain models of the catalogs that produced one.</summary>
        public const string Domains = nameof(Domains);

        /// <summary>The set of catalog files whose domain is already claimed by another file.</summary>
        public const string DomainConflicts = nameof(DomainConflicts);

        /// <summary>The settings read from the compilation's references, again only when the references change.</summary>
        public const string ReferenceSettings = nameof(ReferenceSettings);

        /// <summary>Facts about the consuming compilation that shape the emitted code: the reference settings and the type clashes.</summary>
        public const string EmitSettings = nameof(EmitSettings);

        /// <summary>Each domain joined with the conflicts and settings, ready to emit.</summary>
        public const string DomainsToEmit = nameof(DomainsToEmit);
    }
}
