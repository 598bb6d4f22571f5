using Commerce.GraphQL.Server.DataLoader;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.GraphQL.Server.Tests.TestSupport;

public sealed class PersonType : ObjectGraphType<Person>
{
    public PersonType()
    {
        this.ImplementsNode("Person", p => p.Id);
        Field(p => p.Name);
        Field<PersonType>("friend").Resolve(ctx => ctx.RequestServices!.GetRequiredService<PersonByIdLoader>().LoadAsync(ctx.Source.FriendId));
        Field<StringGraphType>("friendOfFriendName").Resolve(ctx =>
        {
            var loader = ctx.RequestServices!.GetRequiredService<PersonByIdLoader>();
            return loader.LoadAsync(ctx.Source.FriendId).Then(f => loader.LoadAsync(f!.FriendId + 100)).Then(p => p?.Name ?? "none");
        });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("petNames").Resolve(ctx =>
            ctx.RequestServices!.GetRequiredService<PetsByOwnerIdLoader>().LoadAsync(ctx.Source.Id).Then(pets => pets.Select(p => p.Name)));
    }
}
