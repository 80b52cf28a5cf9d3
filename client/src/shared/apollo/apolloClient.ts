import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { createCache } from './createCache';
import { sessionExpiryLink } from './sessionExpiryLink';

export const apolloClient = new ApolloClient({
  // The session is an httpOnly cookie sent with every request: nothing auth-related lives in script reach.
  link: ApolloLink.from([sessionExpiryLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  cache: createCache(),
  // Each component sees only the fields its own fragment asks for.
  dataMasking: true,
});
