using Internal.Runtime;
using StarKernel.Platform;

namespace StarKernel.Efi;

/// <summary>
/// Copies the files of <c>\starforth</c> on the volume the kernel was loaded from into <see cref="BootFiles"/>, through
/// the loaded image and simple file system protocols. Boot services only: call it before ExitBootServices. A volume
/// without the folder, or a firmware without the protocols, leaves BootFiles empty.
/// </summary>
internal static unsafe class EfiBootFolder
{
    private const int InfoBufferBytes = 1024;

    public static void Copy(void* imageHandle, EfiSystemTable* systemTable)
    {
        EfiBootServices* boot = systemTable->BootServices;
        EfiGuid loadedImageGuid = EfiGuid.LoadedImage;
        EfiLoadedImageProtocol* image;
        if (boot->HandleProtocol(imageHandle, &loadedImageGuid, (void**)&image) != EfiStatus.Success)
        {
            return;
        }
        EfiGuid fileSystemGuid = EfiGuid.SimpleFileSystem;
        EfiSimpleFileSystemProtocol* fileSystem;
        EfiFileProtocol* root;
        if (boot->HandleProtocol(image->DeviceHandle, &fileSystemGuid, (void**)&fileSystem) != EfiStatus.Success
            || fileSystem->OpenVolume(fileSystem, &root) != EfiStatus.Success)
        {
            return;
        }
        char* path = stackalloc char[BootFiles.FolderName.Length + 1];
        for (int i = 0; i < BootFiles.FolderName.Length; i++)
        {
            path[i] = BootFiles.FolderName[i];
        }
        path[BootFiles.FolderName.Length] = '\0';
        EfiFileProtocol* folder;
        if (root->Open(root, &folder, path, EfiFileProtocol.ModeRead, 0) == EfiStatus.Success)
        {
            CopyFiles(folder);
            folder->Close(folder);
        }
        root->Close(root);
    }

    private static void CopyFiles(EfiFileProtocol* folder)
    {
        byte* info = stackalloc byte[InfoBufferBytes];
        while (true)
        {
            nuint size = InfoBufferBytes;
            if (folder->Read(folder, &size, info) != EfiStatus.Success || size == 0)
            {
                return;
            }
            if ((*(ulong*)(info + EfiFileProtocol.InfoAttributeOffset) & EfiFileProtocol.DirectoryAttribute) != 0)
            {
                continue;
            }
            char* wideName = (char*)(info + EfiFileProtocol.InfoFileNameOffset);
            int nameLength = 0;
            while (wideName[nameLength] != '\0')
            {
                nameLength++;
            }
            ulong length = *(ulong*)(info + EfiFileProtocol.InfoFileSizeOffset);
            if (!BootFiles.HasRoomFor(length, nameLength) || !CopyFile(folder, wideName, nameLength, length))
            {
                BootFiles.Skip();
            }
        }
    }

    private static bool CopyFile(EfiFileProtocol* folder, char* wideName, int nameLength, ulong length)
    {
        EfiFileProtocol* file;
        if (folder->Open(folder, &file, wideName, EfiFileProtocol.ModeRead, 0) != EfiStatus.Success)
        {
            return false;
        }
        byte* content = BumpHeap.Allocate((nuint)(length == 0 ? 1 : length));
        nuint read = (nuint)length;
        EfiStatus status = file->Read(file, &read, content);
        file->Close(file);
        if (status != EfiStatus.Success || read != (nuint)length)
        {
            return false;
        }
        byte* name = BumpHeap.Allocate((nuint)nameLength);
        for (int i = 0; i < nameLength; i++)
        {
            // Names are ASCII in practice; anything else cannot be named from Forth anyway.
            name[i] = wideName[i] < 0x80 ? (byte)wideName[i] : (byte)'?';
        }
        BootFiles.Add(name, nameLength, content, length);
        return true;
    }
}
