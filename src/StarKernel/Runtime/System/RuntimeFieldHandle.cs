namespace System;

public struct RuntimeFieldHandle
{
#pragma warning disable CS0169 // set by ilc-generated code
    private IntPtr _value;
#pragma warning restore CS0169
}
