namespace System.Runtime.CompilerServices;

/// <summary>
/// ilc calls these before a static member is touched when a type's static constructor could not be
/// run at compile time. Single core, no threads: run it once, with no locking.
/// </summary>
internal static unsafe class ClassConstructorRunner
{
    private static object CheckStaticClassConstructionReturnGCStaticBase(ref StaticClassConstructionContext context, object gcStaticBase)
    {
        EnsureClassConstructorRun(ref context);
        return gcStaticBase;
    }

    private static IntPtr CheckStaticClassConstructionReturnNonGCStaticBase(ref StaticClassConstructionContext context, IntPtr nonGcStaticBase)
    {
        EnsureClassConstructorRun(ref context);
        return nonGcStaticBase;
    }

    private static void EnsureClassConstructorRun(ref StaticClassConstructionContext context)
    {
        IntPtr constructor = context.cctorMethodAddress;
        if (constructor != 0)
        {
            // Cleared first so a constructor that touches its own statics does not recurse.
            context.cctorMethodAddress = 0;
            ((delegate*<void>)constructor)();
        }
    }
}
