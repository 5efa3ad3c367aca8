using System;

// Libraries that declare themselves CLS-compliant can only expose our types (the exception base, ErrorSeverity) on
// their public surface without CS3002/CS3003/CS3009 if this assembly says it is compliant too.
[assembly: CLSCompliant(true)]
