namespace System.Runtime.InteropServices;

/// <summary>ilc looks this interface up unconditionally; nothing implements it in the kernel.</summary>
public interface IDynamicInterfaceCastable
{
    bool IsInterfaceImplemented(RuntimeTypeHandle interfaceType, bool throwIfNotImplemented);

    RuntimeTypeHandle GetInterfaceImplementation(RuntimeTypeHandle interfaceType);

    internal static IntPtr GetDynamicInterfaceImplementation(IDynamicInterfaceCastable instance, IntPtr interfaceType, ushort slot) => 0;
}
