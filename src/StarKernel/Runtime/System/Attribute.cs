namespace System;

public abstract class Attribute
{
}
