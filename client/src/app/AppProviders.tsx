import { ApolloProvider } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { apolloClient } from '../shared/apollo/apolloClient';

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <ApolloProvider client={apolloClient}>
      <BrowserRouter>{children}</BrowserRouter>
    </ApolloProvider>
  );
}
