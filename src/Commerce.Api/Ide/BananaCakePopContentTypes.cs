using Microsoft.AspNetCore.StaticFiles;

namespace Commerce.Api.Ide;

/// <summary>Content types for the package's files, including its extension-less LICENSE.</summary>
internal sealed class BananaCakePopContentTypes : IContentTypeProvider
{
    private readonly FileExtensionContentTypeProvider _byExtension = new();

    public BananaCakePopContentTypes()
    {
        _byExtension.Mappings[".webmanifest"] = "application/manifest+json";
        _byExtension.Mappings[".ttf"] = "font/ttf";
        _byExtension.Mappings[".txt"] = "text/plain; charset=utf-8";
    }

    public bool TryGetContentType(string subpath, out string contentType)
    {
        if (!Path.HasExtension(subpath))
        {
            contentType = "text/plain; charset=utf-8";
            return true;
        }

        return _byExtension.TryGetContentType(subpath, out contentType!);
    }
}
