namespace System;

public struct RuntimeMethodHandle
{
#pragma warning disable CS0169 // set by ilc-generated code
    private IntPtr _value;
#pragma warning restore CS0169
}
