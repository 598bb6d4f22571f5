using Microsoft.OpenApi;

namespace Commerce.Api.Rest;

/// <summary>
/// The OpenAPI 3 document of the shim, generated from the endpoints themselves (Microsoft.AspNetCore.OpenApi), so it
/// cannot drift from them: only <c>/api/v1</c> routes, the API-key security schemes, and each list's allowlisted query
/// parameters from <see cref="RestListParameters"/>.
/// </summary>
public static class RestOpenApi
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddRestOpenApi(this IServiceCollection services) => services.AddOpenApi(DocumentName, options =>
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
        options.ShouldInclude = description => description.GroupName == DocumentName;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Commerce.GraphQL legacy REST API", Version = "v1",
                Description = "A compatibility shim over the same handlers as the GraphQL API. See docs/rest-api.md.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
            {
                ["bearer"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "An API key: `Authorization: Bearer cgk_…`." },
                ["apiKey"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-API-Key", Description = "An API key in `X-API-Key`." },
            };
            document.Security = [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("apiKey", document)] = [] },
            ];
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RestListParameters>().FirstOrDefault() is { } list)
            {
                operation.Parameters ??= [];
                Add(operation, "page", "1-based page number (default 1).", JsonSchemaType.Integer);
                Add(operation, "limit", $"Page size, 1–{RestPaging.MaxLimit} (default {RestPaging.DefaultLimit}).", JsonSchemaType.Integer);
                Add(operation, "sort", $"Comma-separated keys of {string.Join(", ", list.SortKeys)}; prefix `-` for descending (default `{list.DefaultSort}`).", JsonSchemaType.String);
                foreach (var (name, description) in list.Filters)
                {
                    Add(operation, name, description, JsonSchemaType.String);
                }
            }

            return Task.CompletedTask;
        });
    });

    private static void Add(OpenApiOperation operation, string name, string description, JsonSchemaType type) =>
        operation.Parameters!.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Query, Description = description, Schema = new OpenApiSchema { Type = type } });
}
