import { ApolloClient, HttpLink } from '@apollo/client';
import { createCache } from './createCache';

export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  cache: createCache(),
  // Each component sees only the fields its own fragment asks for.
  dataMasking: true,
});
