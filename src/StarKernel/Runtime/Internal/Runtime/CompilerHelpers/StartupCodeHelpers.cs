namespace Internal.Runtime.CompilerHelpers;

/// <summary>ilc requires the type to exist; start-up is done by the platform entry point instead.</summary>
internal static class StartupCodeHelpers
{
}
